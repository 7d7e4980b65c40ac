// The packing board (K2): the server draws it once; this redraws the tables from /api/packing/board
// every refreshSeconds without reloading the page, like board.js does for the order board. A
// failed fetch leaves the last board on screen, says so, and tries again at the next tick. Row
// markup must match templates/packing/rows.html.
(function () {
  'use strict';

  var root = document.getElementById('packing-board');
  if (!root) {
    return;
  }
  var labels = JSON.parse(document.getElementById('packing-labels').textContent);
  var orderUrl = root.getAttribute('data-order-url');
  var printUrl = root.getAttribute('data-print-url');
  var updated = root.querySelector('[data-testid="packing-updated"]');
  var csrf = document.querySelector('meta[name="_csrf"]');

  var taskLabels = { pack: labels.taskPack, adjust: labels.taskAdjust, unpack: labels.taskUnpack };

  var live = window.orderflowLive;
  var fill = live.fill;

  function waited(since, now) {
    return live.waited(labels, since, now);
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function slipText(slip) {
    if (!slip) {
      return labels.slipNone;
    }
    if (slip.printProblem) {
      return fill(labels.slipFailed, slip.slipNo);
    }
    return fill(slip.printedAt ? labels.slipPrinted : labels.slipPending, slip.slipNo);
  }

  function workRow(work, now) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-testid', 'work-' + work.orderNumber + '-' + work.task);
    if (work.lastSlip && work.lastSlip.printProblem) {
      tr.className = 'slip-failed';
    }
    var number = document.createElement('td');
    var link = document.createElement('a');
    link.href = orderUrl + encodeURIComponent(work.orderNumber);
    link.textContent = work.orderNumber;
    number.appendChild(link);
    tr.appendChild(number);
    tr.appendChild(cell(work.customer || ''));
    tr.appendChild(cell(taskLabels[work.task] || work.task));
    tr.appendChild(cell(work.assignee || '—'));
    tr.appendChild(cell(waited(Date.parse(work.since), now)));
    var slip = cell(slipText(work.lastSlip));
    slip.setAttribute('data-part', 'slip');
    tr.appendChild(slip);

    var action = document.createElement('td');
    var form = document.createElement('form');
    form.method = 'post';
    form.action = printUrl + encodeURIComponent(work.orderNumber) + '/print';
    if (csrf) {
      var token = document.createElement('input');
      token.type = 'hidden';
      token.name = '_csrf';
      token.value = csrf.getAttribute('content');
      form.appendChild(token);
    }
    var button = document.createElement('button');
    button.type = 'submit';
    button.className = 'link-button';
    button.setAttribute('data-part', 'print');
    button.textContent = labels.printAgain;
    form.appendChild(button);
    action.appendChild(form);
    tr.appendChild(action);
    return tr;
  }

  function packerRow(load) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-testid', 'packer-' + load.packer);
    tr.appendChild(cell(load.packer));
    [['pending', load.pending.length], ['packed', load.packedToday], ['adjusted', load.adjustedToday]]
      .forEach(function (part) {
        var td = cell(String(part[1]));
        td.setAttribute('data-part', part[0]);
        tr.appendChild(td);
      });
    return tr;
  }

  function render(board, now) {
    var packers = document.createDocumentFragment();
    var pending = document.createDocumentFragment();
    board.packers.forEach(function (load) {
      packers.appendChild(packerRow(load));
      load.pending.forEach(function (work) {
        pending.appendChild(workRow(work, now));
      });
    });
    var queue = document.createDocumentFragment();
    board.queue.forEach(function (work) {
      queue.appendChild(workRow(work, now));
    });
    root.querySelector('[data-part="packers"]').replaceChildren(packers);
    root.querySelector('[data-part="pending"]').replaceChildren(pending);
    root.querySelector('[data-part="queue"]').replaceChildren(queue);
    root.querySelector('[data-part="no-packers"]').hidden = board.packers.length > 0;
    root.querySelector('[data-part="queue-empty"]').hidden = board.queue.length > 0;
    // the queue lists its oldest tasks only; the rest are counted
    var more = root.querySelector('[data-part="queue-more"]');
    more.hidden = board.queued <= board.queue.length;
    more.textContent = fill(labels.queueMore, String(board.queued - board.queue.length));
  }

  live.poll({ root: root, updated: updated, labels: labels, render: render });
})();
