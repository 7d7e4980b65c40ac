// Order entry, phone first. The phone finds a returning customer; products are found as one types
// and picked into the order; each change asks the server for the running total, priced by the same
// rules as the order. Placing posts JSON to /api/orders, the same request an API client makes, with
// only SKU and quantity per line (and a discount with its reason where the role may give one):
// names and prices are the catalogue's. Each problem in an answer (RFC 7807 with errors[{field,
// message}]) is shown next to its field and in a summary at the top.
(function () {
  'use strict';

  var form = document.getElementById('new-order');
  if (!form) {
    return;
  }
  var labels = JSON.parse(document.getElementById('new-order-labels').textContent);
  var language = (document.documentElement.lang || 'en').slice(0, 2);
  var mayDiscount = form.getAttribute('data-may-discount') === 'true';
  var cart = document.getElementById('cart');
  var cartEmpty = document.getElementById('cart-empty');
  var lineTemplate = document.getElementById('line-template');
  var resultTemplate = document.getElementById('result-template');
  var results = document.getElementById('product-results');
  var noProducts = document.getElementById('no-products');
  var search = document.getElementById('product-search');
  var phone = form.querySelector('[data-field="customer.phone"]');
  var found = document.getElementById('customer-found');
  var lastOrders = document.getElementById('last-orders');
  var summary = document.getElementById('error-summary');
  var channel = document.getElementById('channel');
  var deliveryDate = document.getElementById('deliveryDate');
  var deliveryHint = document.getElementById('deliveryDate-hint');
  var submit = form.querySelector('[type="submit"]');
  var saving = form.querySelector('.saving');
  var money = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', minimumFractionDigits: 2 });
  var when = new Intl.DateTimeFormat(language + '-IN-u-nu-latn', { dateStyle: 'medium', timeZone: 'Asia/Kolkata' });

  // ---- helpers ----

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function headers(json) {
    var h = { Accept: 'application/json' };
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    var csrfHeader = meta('_csrf_header');
    if (csrfHeader) {
      h[csrfHeader] = meta('_csrf');
    }
    return h;
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

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () {
        fn.apply(null, args);
      }, ms);
    };
  }

  function ruleKey(rule) {
    return rule.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  // The values a rule names ('Kaju Katli', ₹1,200.00), which a translation takes back as {0}, {1}.
  var VALUES = /'[^']*'|-?₹[\d,]+\.\d{2}/g;

  // Same lookup as OrderPages.localized: the exact rule, the rule without its digits, then without
  // the values it names.
  function translate(rule) {
    rule = rule || '';
    var values = (rule.match(VALUES) || []).map(function (v) {
      return v.replace(/^'|'$/g, '');
    });
    var known = labels.rules[ruleKey(rule)] || labels.rules[ruleKey(rule.replace(/[0-9]+/g, ''))]
      || labels.rules[ruleKey(rule.replace(VALUES, '').replace(/[0-9]+/g, ''))];
    return known ? fill.apply(null, [known].concat(values)) : rule;
  }

  function nameOf(item) {
    return (language === 'mr' && item.nameMr) || (language === 'hi' && item.nameHi) || item.name;
  }

  // ---- the returning customer ----

  function setIfEmpty(field, value) {
    var input = form.querySelector('[data-field="' + field + '"]');
    if (input && value && !text(input.value)) {
      input.value = value;
    }
  }

  function showCustomer(customer) {
    setIfEmpty('customer.name', customer.name);
    setIfEmpty('customer.address', customer.address);
    setIfEmpty('customer.locality', customer.locality);
    setIfEmpty('customer.pincode', customer.pincode);
    form.querySelector('[data-field="customer.language"]').value = customer.language || 'en';
    form.querySelector('[data-field="customer.contactChannel"]').value = customer.contactChannel || 'WHATSAPP';
    found.textContent = fill(labels.returning, customer.name);
    found.hidden = false;
    var list = lastOrders.querySelector('ul');
    list.replaceChildren();
    (customer.lastOrders || []).forEach(function (order) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = form.getAttribute('data-order-url') + encodeURIComponent(order.number);
      link.textContent = order.number;
      li.appendChild(link);
      li.appendChild(document.createTextNode(' · ' + when.format(new Date(order.createdAt)) + ' · '
        + (labels.statuses[order.status] || order.status) + ' · ' + money.format(order.total)));
      var items = document.createElement('span');
      items.className = 'muted';
      items.textContent = order.items;
      li.appendChild(items);
      list.appendChild(li);
    });
    lastOrders.hidden = !list.children.length;
  }

  var lookedUp = null;

  function lookUpCustomer() {
    var typed = text(phone.value);
    var digits = (typed || '').replace(/\D/g, '');
    if (digits.length < 10 || typed === lookedUp) {
      return;
    }
    lookedUp = typed;
    fetch(form.getAttribute('data-customers') + '?phone=' + encodeURIComponent(typed), {
      headers: headers(false), credentials: 'same-origin'
    }).then(function (response) {
      if (typed !== text(phone.value)) {
        return;
      }
      if (response.ok) {
        return response.json().then(showCustomer);
      }
      lastOrders.hidden = true;
      found.hidden = response.status !== 404;
      found.textContent = labels.newCustomer;
    }).catch(function () {
      lookedUp = null;
    });
  }

  // ---- products ----

  var shown = [];

  function showResults(items) {
    shown = items;
    results.replaceChildren();
    items.forEach(function (item, i) {
      var li = resultTemplate.content.firstElementChild.cloneNode(true);
      var button = li.querySelector('button');
      button.setAttribute('data-sku', item.sku);
      button.setAttribute('data-index', String(i));
      li.querySelector('[data-part="name"]').textContent = nameOf(item);
      li.querySelector('[data-part="size"]').textContent = item.size;
      var others = [item.name, item.nameMr, item.nameHi].filter(function (n, at, all) {
        return n && n !== nameOf(item) && all.indexOf(n) === at;
      });
      li.querySelector('[data-part="other"]').textContent = others.concat([item.sku]).join(' · ');
      li.querySelector('[data-part="price"]').textContent = money.format(item.price);
      var stock = li.querySelector('[data-part="stock"]');
      stock.textContent = fill(labels.stock, item.counter, item.advanceBooking);
      stock.classList.toggle('none', item.counter === 0);
      results.appendChild(li);
    });
    noProducts.hidden = items.length > 0 || !text(search.value);
  }

  var searched = null;

  var findProducts = debounce(function () {
    var typed = text(search.value);
    if (!typed) {
      showResults([]);
      return;
    }
    searched = typed;
    fetch(form.getAttribute('data-products') + '?q=' + encodeURIComponent(typed), {
      headers: headers(false), credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (items) {
      if (searched === typed) {
        showResults(items);
      }
    }).catch(function () {
      showResults([]);
    });
  }, 200);

  // ---- the order's lines ----

  function lines() {
    return Array.prototype.slice.call(cart.querySelectorAll('.cart-line'));
  }

  function part(row, name) {
    return row.querySelector('[data-part="' + name + '"]');
  }

  function quantityOf(row) {
    var n = parseInt(part(row, 'quantity').value, 10);
    return isFinite(n) ? n : null;
  }

  function pick(item) {
    var existing = lines().filter(function (row) {
      return row.getAttribute('data-sku') === item.sku;
    })[0];
    if (existing) {
      part(existing, 'quantity').value = (quantityOf(existing) || 0) + 1;
    } else {
      var row = lineTemplate.content.firstElementChild.cloneNode(true);
      row.setAttribute('data-sku', item.sku);
      part(row, 'name').textContent = nameOf(item);
      part(row, 'size').textContent = item.size;
      part(row, 'sku').textContent = item.sku;
      part(row, 'unitPrice').textContent = fill(labels.each, money.format(item.price));
      part(row, 'lineTotal').textContent = money.format(item.price);
      cart.appendChild(row);
    }
    search.value = '';
    showResults([]);
    changed();
    search.focus();
  }

  function requestedLines() {
    return lines().map(function (row) {
      var line = { sku: row.getAttribute('data-sku'), quantity: quantityOf(row) };
      if (mayDiscount) {
        var discount = text(part(row, 'discount').value);
        if (discount) {
          line.discount = isFinite(Number(discount)) ? Number(discount) : discount;
          line.discountReason = text(part(row, 'discountReason').value);
        }
      }
      return line;
    });
  }

  function clearLineErrors() {
    cart.querySelectorAll('.field-error').forEach(function (el) {
      el.textContent = '';
    });
  }

  function showQuote(quote) {
    document.getElementById('subtotal').textContent = money.format(quote.subtotal);
    document.getElementById('discount-total').textContent = money.format(quote.discountTotal);
    document.getElementById('estimate').textContent = money.format(quote.total);
    var priced = {};
    quote.lines.forEach(function (line) {
      priced[line.sku] = line;
    });
    lines().forEach(function (row) {
      var line = priced[row.getAttribute('data-sku')];
      if (line) {
        part(row, 'unitPrice').textContent = fill(labels.each, money.format(line.unitPrice));
        part(row, 'lineTotal').textContent = money.format(line.lineTotal);
      }
    });
    clearLineErrors();
    (quote.problems || []).forEach(function (problem) {
      var place = locate(problem.field);
      if (place.error && place.row) {
        place.error.textContent = translate(problem.message);
      }
    });
  }

  var quoted = 0;

  var requote = debounce(function () {
    var asked = ++quoted;
    fetch(form.getAttribute('data-quote'), {
      method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({ lines: requestedLines() })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (quote) {
      if (quote && asked === quoted) {
        showQuote(quote);
      }
    }).catch(function () {});
  }, 150);

  function changed() {
    cartEmpty.hidden = lines().length > 0;
    requote();
  }

  // ---- placing the order ----

  function updateChannel() {
    var advance = channel.value === 'ADVANCE_BOOKING';
    deliveryDate.required = advance;
    deliveryHint.classList.toggle('emphasis', advance);
  }

  function value(field) {
    return form.querySelector('[data-field="' + field + '"]').value;
  }

  function request() {
    return {
      channel: channel.value,
      deliveryDate: text(deliveryDate.value),
      // slot and promise (S6): no slot = any time; the promise defaults to STANDARD on the server
      deliverySlot: text(value('deliverySlot')),
      promise: value('promise'),
      customer: {
        name: text(value('customer.name')),
        phone: text(value('customer.phone')),
        address: text(value('customer.address')),
        locality: text(value('customer.locality')),
        pincode: text(value('customer.pincode')),
        language: value('customer.language'),
        contactChannel: value('customer.contactChannel')
      },
      lines: requestedLines()
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
    var line = /^lines\[(\d+)\]\.?(.*)$/.exec(field || '');
    if (line) {
      var row = lines()[Number(line[1])];
      var name = line[2] || '';
      var lineLabel = row ? part(row, 'name').textContent + ' ' + part(row, 'size').textContent
        : fill(labels.line, Number(line[1]) + 1);
      if (!row || !name) {
        return { label: lineLabel, error: form.querySelector('[data-error-for="lines"]') };
      }
      if ((name === 'discount' || name === 'discountReason') && row.querySelector('details')) {
        row.querySelector('details').open = true;
      }
      return {
        row: row,
        label: lineLabel + ' · ' + (labels.fields[name] || name),
        error: row.querySelector('[data-error="' + name + '"]') || row.querySelector('[data-error="sku"]'),
        input: part(row, name)
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
    if (!lines().length) {
      showProblems([], labels.noLines);
      return;
    }
    busy(true);
    fetch(form.getAttribute('data-api'), {
      method: 'POST', headers: headers(true), credentials: 'same-origin', body: JSON.stringify(request())
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

  // ---- wiring ----

  phone.addEventListener('input', debounce(lookUpCustomer, 400));
  phone.addEventListener('change', lookUpCustomer);

  search.addEventListener('input', findProducts);
  search.addEventListener('keydown', function (event) {
    // a scanner types the pack label and Enter: one match is picked at once
    if (event.key === 'Enter') {
      event.preventDefault();
      if (shown.length === 1) {
        pick(shown[0]);
      }
    }
  });

  results.addEventListener('click', function (event) {
    var button = event.target.closest('.product-result');
    if (button) {
      pick(shown[Number(button.getAttribute('data-index'))]);
    }
  });

  cart.addEventListener('click', function (event) {
    var action = event.target.closest('[data-action]');
    if (!action) {
      return;
    }
    var row = action.closest('.cart-line');
    var quantity = part(row, 'quantity');
    if (action.getAttribute('data-action') === 'remove') {
      row.remove();
    } else if (action.getAttribute('data-action') === 'more') {
      quantity.value = Math.min(10000, (quantityOf(row) || 0) + 1);
    } else if (action.getAttribute('data-action') === 'less') {
      quantity.value = Math.max(1, (quantityOf(row) || 2) - 1);
    }
    changed();
  });

  cart.addEventListener('input', changed);
  channel.addEventListener('change', updateChannel);

  updateChannel();
  changed();
})();
