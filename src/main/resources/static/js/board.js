// The live board (K6): the server draws it once; this redraws the cards from /api/board every
// refreshSeconds without reloading the page. A failed fetch leaves the last board on screen, says
// so, and tries again at the next tick. Card markup must match board.html.
(function () {
  'use strict';

  var root = document.getElementById('board');
  if (!root) {
    return;
  }
  var labels = JSON.parse(document.getElementById('board-labels').textContent);
  var orderUrl = root.getAttribute('data-order-url');
  var locale = root.getAttribute('data-locale') || 'en-IN';
  var updated = root.querySelector('[data-testid="board-updated"]');
  var lateCount = root.querySelector('[data-testid="late-count"]');

  var dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  var money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

  var live = window.orderflowLive;
  var fill = live.fill;

  function waited(since, now) {
    return live.waited(labels, since, now);
  }

  function shortDate(isoDay) {
    var parts = isoDay.split('-').map(Number);
    return dayFormat.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  function span(className, text) {
    var el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  }

  function cardElement(card, now) {
    var li = document.createElement('li');
    // the colour is the server's (green delivered, grey cancelled/returned, red late, else yellow)
    li.className = 'card colour-' + card.colour;
    li.setAttribute('data-testid', 'card-' + card.number);

    var link = document.createElement('a');
    link.className = 'number';
    link.href = orderUrl + encodeURIComponent(card.number);
    link.textContent = card.number;
    li.appendChild(link);
    li.appendChild(span('waited', waited(Date.parse(card.statusSince), now)));
    if (card.late) {
      li.appendChild(span('late-tag', labels.late));
    }
    if (card.backorder) {
      li.appendChild(span('late-tag backorder-tag', labels.backorder));
    }
    if (card.pastPromise) {
      var promise = span('late-tag promise-tag', labels.pastPromise);
      promise.setAttribute('data-testid', 'past-promise');
      li.appendChild(promise);
    }

    var line = span('line', '');
    line.appendChild(span('customer', card.customerFirstName || ''));
    line.appendChild(span('items', card.items === 1 ? labels.itemOne : fill(labels.itemMany, card.items)));
    line.appendChild(span('total', money.format(Number(card.total))));
    li.appendChild(line);

    if (card.deliveryDate || card.deliveryBoy) {
      var extra = span('line extra', '');
      if (card.deliveryDate) {
        extra.appendChild(span('deliver-on', fill(labels.deliverOn, shortDate(card.deliveryDate))));
      }
      if (card.deliveryBoy) {
        extra.appendChild(span('boy', fill(labels.deliveryBoy, card.deliveryBoy)));
      }
      li.appendChild(extra);
    }
    return li;
  }

  // a column counts all its orders but lists only its most urgent ones; "N more" links to the list
  function render(board, now) {
    root.querySelectorAll('.column[data-status]').forEach(function (column) {
      var status = column.getAttribute('data-status');
      var cards = (board.columns && board.columns[status]) || [];
      var count = (board.counts && board.counts[status]) || 0;
      var list = column.querySelector('.cards');
      var fresh = document.createDocumentFragment();
      cards.forEach(function (card) {
        fresh.appendChild(cardElement(card, now));
      });
      list.replaceChildren(fresh);
      column.querySelector('[data-part="count"]').textContent = String(count);
      var more = column.querySelector('[data-part="more"]');
      more.hidden = count <= cards.length;
      more.querySelector('a').textContent = fill(labels.more, String(count - cards.length));
      column.classList.toggle('is-empty', count === 0);
    });
    lateCount.textContent = String(board.late);
    lateCount.parentElement.classList.toggle('has-late', board.late > 0);
  }

  live.poll({ root: root, updated: updated, labels: labels, render: render });
})();
