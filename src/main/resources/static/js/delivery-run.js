// The delivery boy's phone page (K5): photo and signature go to the proof API as the image itself,
// the stop ends delivered (after a confirmation that says what was collected) or returned through
// the API, and while a run is on the road the phone's position is sent every 30 s. Plain JavaScript,
// no framework. Errors the API names are shown at the top of the stop they belong to, scrolled into
// view: the buttons are further down, and a message below them would be missed.
(function () {
  'use strict';

  var root = document.getElementById('my-run');
  if (!root) {
    return;
  }
  var api = root.getAttribute('data-api');
  var labels = JSON.parse(document.getElementById('delivery-labels').textContent);
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function headers(contentType) {
    var h = { 'Accept': 'application/json' };
    if (contentType) {
      h['Content-Type'] = contentType;
    }
    if (csrfToken && csrfHeader) {
      h[csrfHeader.content] = csrfToken.content;
    }
    return h;
  }

  function problemText(response) {
    return response.json().then(function (problem) {
      if (problem.errors && problem.errors.length) {
        return problem.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
      }
      return problem.detail || labels.failed;
    }, function () { return labels.failed + ' (' + response.status + ')'; });
  }

  function stopUrl(stop) {
    return api + '/runs/' + encodeURIComponent(stop.getAttribute('data-run')) + '/stops/'
        + encodeURIComponent(stop.getAttribute('data-order'));
  }

  // a message at the top of the stop; a refusal also scrolls the stop's heading into view, so that
  // the boy sees which stop and what is wrong, not only the button he tapped further down
  function say(stop, text, refused) {
    var error = stop.querySelector('[data-part="error"]');
    if (error) {
      error.textContent = text || '';
      error.classList.toggle('refused', !!refused);
      if (text && refused) {
        stop.querySelector('h3').scrollIntoView({ block: 'start' });
      }
    }
  }

  function refuse(stop, text) {
    say(stop, text, true);
  }

  // "{0}" and "{1}" in a label: the customer and the amount
  function fill(label, customer, amount) {
    return label.replace('{0}', customer || '').replace('{1}', amount || '');
  }

  function rupees(value) {
    var number = Number(value);
    return '\u20b9' + number.toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function upload(stop, kind, body, type) {
    say(stop, labels.uploading);
    return fetch(stopUrl(stop) + '/proofs?kind=' + kind, {
      method: 'POST', headers: headers(type || 'application/octet-stream'), body: body, credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        return problemText(response).then(function (text) { refuse(stop, text); });
      }
      return response.json().then(function (proof) {
        var link = document.createElement('a');
        link.className = 'proof';
        link.href = proof.url;
        link.target = '_blank';
        link.setAttribute('data-testid', 'proof-' + proof.kind);
        if (proof.thumbnailUrl) {
          var img = document.createElement('img');
          img.src = proof.thumbnailUrl;
          img.alt = proof.kind;
          link.appendChild(img);
        } else {
          link.textContent = proof.kind;
        }
        stop.querySelector('[data-part="proofs"]').appendChild(link);
        say(stop, labels.saved);
      });
    }, function () { refuse(stop, labels.failed); });
  }

  function complete(stop, outcome, reason, collected) {
    say(stop, '');
    var body = { outcome: outcome, reason: reason || null };
    if (collected) {
      body.collectedMode = collected.mode;
      body.collectedAmount = collected.amount;
      body.upiReference = collected.reference;
    }
    fetch(stopUrl(stop) + '/complete', {
      method: 'POST', headers: headers('application/json'), credentials: 'same-origin',
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        window.location.reload();
        return;
      }
      problemText(response).then(function (text) { refuse(stop, text); });
    }, function () { refuse(stop, labels.failed); });
  }

  // a signature pad: pointer strokes on a canvas, sent as PNG
  function pad(stop) {
    var canvas = stop.querySelector('[data-part="pad"]');
    if (!canvas) {
      return;
    }
    var ctx = canvas.getContext('2d');
    var drawing = false;
    var signed = false;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111';
    function point(event) {
      var box = canvas.getBoundingClientRect();
      return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
    }
    canvas.addEventListener('pointerdown', function (event) {
      drawing = true;
      var p = point(event);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      canvas.setPointerCapture && canvas.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) {
        return;
      }
      var p = point(event);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
      signed = true;
      event.preventDefault();
    });
    ['pointerup', 'pointerleave', 'pointercancel'].forEach(function (name) {
      canvas.addEventListener(name, function () { drawing = false; });
    });
    stop.querySelector('[data-action="clear"]').addEventListener('click', function () {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      signed = false;
    });
    stop.querySelector('[data-action="sign"]').addEventListener('click', function () {
      if (!signed) {
        refuse(stop, labels.emptySignature);
        return;
      }
      canvas.toBlob(function (png) {
        upload(stop, 'SIGNATURE', png, 'image/png').then(function () {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          signed = false;
        });
      }, 'image/png');
    });
  }

  root.querySelectorAll('.stop').forEach(function (stop) {
    var photo = stop.querySelector('[data-part="photo"]');
    if (photo) {
      photo.addEventListener('change', function () {
        if (photo.files && photo.files[0]) {
          upload(stop, 'PHOTO', photo.files[0], photo.files[0].type).then(function () { photo.value = ''; });
        }
      });
    }
    pad(stop);
    confirmation(stop);
    var returned = stop.querySelector('[data-action="returned"]');
    if (returned) {
      returned.addEventListener('click', function () {
        complete(stop, 'RETURNED', stop.querySelector('[data-part="reason"]').value);
      });
    }
  });

  // "Delivered" opens the confirmation: how the customer paid, and a question naming customer and amount
  function confirmation(stop) {
    var delivered = stop.querySelector('[data-action="delivered"]');
    var panel = stop.querySelector('[data-part="confirm"]');
    if (!delivered || !panel) {
      return;
    }
    var due = stop.getAttribute('data-due');
    var customer = stop.getAttribute('data-customer');
    var amount = panel.querySelector('[data-part="amount"]');
    var amountField = panel.querySelector('[data-part="amount-field"]');
    var referenceField = panel.querySelector('[data-part="reference-field"]');
    var reference = panel.querySelector('[data-part="reference"]');
    var question = panel.querySelector('[data-part="question"]');

    function mode() {
      var checked = panel.querySelector('[data-part="mode"]:checked');
      return checked ? checked.value : null;
    }

    function refresh() {
      var chosen = mode();
      if (amountField) {
        amountField.hidden = chosen === 'NONE';
      }
      if (referenceField) {
        referenceField.hidden = chosen !== 'UPI';
      }
      if (!chosen) {
        question.textContent = fill(labels.confirmPaid, customer);
      } else if (chosen === 'NONE') {
        question.textContent = fill(labels.confirmNone, customer, rupees(due));
      } else {
        var typed = amount.value.trim().replace(',', '.');
        var valid = /^\d+(\.\d{1,2})?$/.test(typed);
        question.textContent = valid
            ? fill(chosen === 'UPI' ? labels.confirmUpi : labels.confirmCash, customer, rupees(typed))
            : labels.amountInvalid;
      }
    }

    panel.querySelectorAll('[data-part="mode"]').forEach(function (radio) {
      radio.addEventListener('change', refresh);
    });
    if (amount) {
      amount.addEventListener('input', refresh);
    }
    delivered.addEventListener('click', function () {
      say(stop, '');
      panel.hidden = false;
      delivered.hidden = true;
      refresh();
      panel.scrollIntoView({ block: 'center' });
    });
    panel.querySelector('[data-action="cancel-delivered"]').addEventListener('click', function () {
      panel.hidden = true;
      delivered.hidden = false;
    });
    panel.querySelector('[data-action="confirm-delivered"]').addEventListener('click', function () {
      var chosen = mode();
      var collected = null;
      if (chosen) {
        collected = { mode: chosen, amount: null, reference: null };
        if (chosen !== 'NONE') {
          collected.amount = amount.value.trim().replace(',', '.') || null;
        }
        if (chosen === 'UPI') {
          collected.reference = reference.value.trim() || null;
        }
      }
      complete(stop, 'DELIVERED', null, collected);
    });
  }

  // positions while a run is on the road: the newest fix, at most every 30 s
  var active = root.querySelector('.run[data-state="ACTIVE"]');
  if (active && navigator.geolocation) {
    var runNumber = active.getAttribute('data-run');
    var lastSent = 0;
    navigator.geolocation.watchPosition(function (position) {
      var now = Date.now();
      if (now - lastSent < 30000) {
        return;
      }
      lastSent = now;
      fetch(api + '/runs/' + encodeURIComponent(runNumber) + '/positions', {
        method: 'POST', headers: headers('application/json'), credentials: 'same-origin',
        body: JSON.stringify({ lat: position.coords.latitude, lng: position.coords.longitude,
          accuracy: position.coords.accuracy })
      }).catch(function () { /* the next fix tries again */ });
    }, function () { /* no permission or no fix: the map shows the last known position */ },
    { enableHighAccuracy: true, maximumAge: 15000, timeout: 20000 });
  }
})();
