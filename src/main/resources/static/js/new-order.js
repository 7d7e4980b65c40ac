// Order intake: sends the form as JSON to /api/orders, the same request an API client makes, so
// that the page and the API check an order by the same rules. Each problem in the answer (RFC 7807
// with errors[{field, message}]) is shown next to its field and in a summary at the top.
(function () {
  'use strict';

  var form = document.getElementById('new-order');
  if (!form) {
    return;
  }
  var labels = JSON.parse(document.getElementById('new-order-labels').textContent);
  var lines = document.getElementById('lines');
  var template = document.getElementById('line-template');
  var summary = document.getElementById('error-summary');
  var channel = document.getElementById('channel');
  var deliveryDate = document.getElementById('deliveryDate');
  var deliveryHint = document.getElementById('deliveryDate-hint');
  var submit = form.querySelector('[type="submit"]');
  var saving = form.querySelector('.saving');
  var estimate = document.getElementById('estimate');
  var money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function fill(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] === undefined ? all : String(args[i]);
    });
  }

  function text(value) {
    var trimmed = (value || '').trim();
    return trimmed === '' ? null : trimmed;
  }

  // A number the API can read, or the text as typed so that the API names the field that is wrong.
  function number(value) {
    var trimmed = (value || '').trim();
    if (trimmed === '') {
      return null;
    }
    return isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  }

  function ruleKey(rule) {
    return rule.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  // Same lookup as OrderPages.localized: the exact rule, then the rule without the values it names.
  function translate(rule) {
    rule = rule || '';
    return labels.rules[ruleKey(rule)] || labels.rules[ruleKey(rule.replace(/[0-9]+/g, ''))] || rule;
  }

  function rows() {
    return Array.prototype.slice.call(lines.querySelectorAll('.line-row'));
  }

  function part(row, name) {
    return row.querySelector('[data-part="' + name + '"]');
  }

  function addLine() {
    var row = template.content.firstElementChild.cloneNode(true);
    lines.appendChild(row);
    updateRemoveButtons();
    return row;
  }

  function updateRemoveButtons() {
    var all = rows();
    all.forEach(function (row) {
      row.querySelector('[data-action="remove"]').disabled = all.length === 1;
    });
  }

  function updateEstimate() {
    var total = rows().reduce(function (sum, row) {
      var quantity = Number(part(row, 'quantity').value) || 0;
      var price = Number(part(row, 'unitPrice').value) || 0;
      var discount = Number(part(row, 'discount').value) || 0;
      return sum + quantity * price - discount;
    }, 0);
    estimate.textContent = money.format(Math.max(0, total));
  }

  function updateChannel() {
    var advance = channel.value === 'ADVANCE_BOOKING';
    deliveryDate.required = advance;
    deliveryHint.classList.toggle('emphasis', advance);
  }

  function request() {
    return {
      channel: channel.value,
      deliveryDate: text(deliveryDate.value),
      // slot and promise (S6): no slot = any time; the promise defaults to STANDARD on the server
      deliverySlot: text(form.querySelector('[data-field="deliverySlot"]').value),
      promise: form.querySelector('[data-field="promise"]').value,
      customer: {
        name: text(form.querySelector('[data-field="customer.name"]').value),
        phone: text(form.querySelector('[data-field="customer.phone"]').value),
        address: text(form.querySelector('[data-field="customer.address"]').value),
        locality: text(form.querySelector('[data-field="customer.locality"]').value),
        pincode: text(form.querySelector('[data-field="customer.pincode"]').value),
        language: form.querySelector('[data-field="customer.language"]').value,
        contactChannel: form.querySelector('[data-field="customer.contactChannel"]').value
      },
      lines: rows().map(function (row) {
        var choice = part(row, 'size-choice').value;
        return {
          sku: text(part(row, 'sku').value),
          product: text(part(row, 'product').value),
          size: choice === 'other' ? text(part(row, 'size-other').value) : choice,
          quantity: number(part(row, 'quantity').value),
          unitPrice: number(part(row, 'unitPrice').value),
          discount: number(part(row, 'discount').value)
        };
      })
    };
  }

  function clearErrors() {
    form.querySelectorAll('.field-error').forEach(function (el) {
      el.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
    });
    summary.hidden = true;
    summary.querySelector('ul').replaceChildren();
  }

  // Where a field's problem goes, and how the summary names the field.
  function locate(field) {
    var line = /^lines\[(\d+)\]\.?(.*)$/.exec(field);
    if (line) {
      var row = rows()[Number(line[1])];
      var name = line[2] || '';
      var lineLabel = fill(labels.line, Number(line[1]) + 1);
      if (!row || !name) {
        return { label: lineLabel, error: form.querySelector('[data-error-for="lines"]') };
      }
      var input = part(row, name === 'size' ? 'size-choice' : name);
      return {
        label: lineLabel + ' · ' + (labels.fields[name] || name),
        error: row.querySelector('[data-error="' + name + '"]'),
        input: input
      };
    }
    return {
      label: labels.fields[field] || field,
      error: form.querySelector('[data-error-for="' + field + '"]'),
      input: form.querySelector('[data-field="' + field + '"]')
    };
  }

  function showProblems(problems, headline) {
    var list = summary.querySelector('ul');
    if (headline) {
      var li = document.createElement('li');
      li.textContent = headline;
      list.appendChild(li);
    }
    problems.forEach(function (problem) {
      var message = translate(problem.message);
      var place = locate(problem.field || '');
      if (place.error) {
        place.error.textContent = place.error.textContent ? place.error.textContent + '; ' + message : message;
      }
      if (place.input) {
        place.input.setAttribute('aria-invalid', 'true');
      }
      var item = document.createElement('li');
      item.textContent = place.label + ': ' + message;
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
    summary.scrollIntoView({ block: 'start' });
  }

  function busy(on) {
    submit.disabled = on;
    saving.hidden = !on;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    busy(true);
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var csrfHeader = meta('_csrf_header');
    if (csrfHeader) {
      headers[csrfHeader] = meta('_csrf');
    }
    fetch(form.getAttribute('data-api'), {
      method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(request())
    }).then(function (response) {
      if (response.status === 201) {
        return response.json().then(function (order) {
          window.location.href = form.getAttribute('data-order-url') + encodeURIComponent(order.number);
        });
      }
      return response.json().catch(function () {
        return {};
      }).then(function (problem) {
        busy(false);
        if (response.status === 401) {
          showProblems([], labels.signedOut);
        } else if (response.status === 403) {
          showProblems([], labels.denied + (problem.detail ? ' ' + problem.detail : ''));
        } else if (Array.isArray(problem.errors) && problem.errors.length) {
          showProblems(problem.errors);
        } else {
          showProblems([], labels.failed + (problem.detail ? ' ' + problem.detail : ' (HTTP ' + response.status + ')'));
        }
      });
    }).catch(function () {
      busy(false);
      showProblems([], labels.failed);
    });
  });

  document.getElementById('add-line').addEventListener('click', function () {
    part(addLine(), 'sku').focus();
  });

  lines.addEventListener('click', function (event) {
    var remove = event.target.closest('[data-action="remove"]');
    if (remove && rows().length > 1) {
      remove.closest('.line-row').remove();
      updateRemoveButtons();
      updateEstimate();
    }
  });

  lines.addEventListener('change', function (event) {
    if (event.target.matches('[data-part="size-choice"]')) {
      var other = part(event.target.closest('.line-row'), 'size-other');
      other.hidden = event.target.value !== 'other';
      if (!other.hidden) {
        other.focus();
      }
    }
  });

  lines.addEventListener('input', updateEstimate);
  channel.addEventListener('change', updateChannel);

  addLine();
  updateChannel();
  updateEstimate();
})();
