// The counter page (K14): type a SKU or scan a pack label (a keyboard-wedge scanner types the code
// and Enter), the line joins the cart with its live counter stock; the cashier picks how it is paid
// (UPI shows the server's QR for the basket's amount, and asks for the UTR; card asks for the slip
// number); Sell posts the cart to /api/counter-sales and offers the 80 mm receipt. The server
// decides everything: the page only shows its answers.
(function () {
  const page = document.querySelector('.counter-page');
  if (!page) return;
  const labels = JSON.parse(document.getElementById('counter-labels').textContent);
  const csrf = document.querySelector('meta[name=_csrf]');
  const csrfHeader = document.querySelector('meta[name=_csrf_header]');
  const form = document.getElementById('scan');
  const code = document.getElementById('code');
  const quantity = document.getElementById('quantity');
  const cartBody = document.getElementById('cart');
  const message = document.getElementById('message');
  const receipt = document.getElementById('receipt');
  const receiptLink = document.getElementById('receipt-link');
  const referenceRow = document.getElementById('reference-row');
  const reference = document.getElementById('reference');
  const referenceLabel = document.getElementById('reference-label');
  const referenceError = document.getElementById('reference-error');
  const upiBox = document.getElementById('upi-request');
  const upiQr = document.getElementById('upi-qr');
  const upiCaption = document.getElementById('upi-caption');
  const cart = [];
  const rupees = (n) => '₹' + Number(n).toLocaleString('en-IN', {minimumFractionDigits: 2, maximumFractionDigits: 2});

  function headers() {
    const h = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (csrf && csrfHeader) h[csrfHeader.content] = csrf.content;
    return h;
  }

  function draw() {
    cartBody.replaceChildren(...cart.map((line, i) => {
      const tr = document.createElement('tr');
      const cells = [line.name + (line.batchNumber ? ' · ' + line.batchNumber : ''), line.quantity, line.atCounter,
        rupees(line.price * line.quantity)];
      cells.forEach((text, c) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (c > 0) td.className = 'num';
        tr.appendChild(td);
      });
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link-button';
      remove.textContent = labels.remove;
      remove.addEventListener('click', () => { cart.splice(i, 1); draw(); code.focus(); });
      const td = document.createElement('td');
      td.appendChild(remove);
      tr.appendChild(td);
      return tr;
    }));
    document.getElementById('total').textContent = rupees(cart.reduce((s, l) => s + l.price * l.quantity, 0));
    showPayment();
  }

  const mode = () => document.querySelector('input[name=paymentMode]:checked').value;
  const basket = () => cart.map((l) => ({code: l.code, quantity: l.quantity}));

  // UPI: the amount to scan comes from the server's prices, never from the page's arithmetic
  async function showUpiRequest() {
    if (mode() !== 'upi' || !cart.length) { upiBox.hidden = true; return; }
    const response = await fetch(page.dataset.upiRequest, {method: 'POST', headers: headers(),
      body: JSON.stringify({lines: basket()})});
    if (!response.ok) { upiBox.hidden = true; return; }
    const body = await response.json();
    upiBox.hidden = false;
    upiQr.hidden = !body.upiQr;
    if (body.upiQr) upiQr.src = body.upiQr;
    upiCaption.textContent = body.upiQr ? labels.scanToPay.replace('{0}', rupees(body.total)) : labels.upiOff;
  }

  function showPayment() {
    const m = mode();
    referenceRow.hidden = m === 'cash';
    referenceLabel.textContent = m === 'card' ? labels.referenceCard : labels.referenceUpi;
    reference.inputMode = m === 'upi' ? 'numeric' : 'text';
    showUpiRequest();
  }

  document.querySelectorAll('input[name=paymentMode]').forEach((r) => r.addEventListener('change', showPayment));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = code.value.trim();
    const qty = parseInt(quantity.value, 10) || 1;
    if (!typed) return;
    message.textContent = '';
    const response = await fetch(page.dataset.lookup + '?code=' + encodeURIComponent(typed), {headers: headers()});
    if (!response.ok) {
      message.textContent = labels.unknown + ' ' + typed;
    } else {
      const info = await response.json();
      const existing = cart.find((l) => l.code === typed);
      if (existing) existing.quantity += qty;
      else cart.push({code: typed, name: info.name + ' ' + info.size, batchNumber: info.batchNumber,
        price: info.price, atCounter: info.atCounter, quantity: qty});
      draw();
      receiptLink.hidden = true;
      receipt.textContent = '';
    }
    code.value = '';
    quantity.value = 1;
    code.focus();
  });

  document.getElementById('sell').addEventListener('click', async () => {
    if (!cart.length) return;
    message.textContent = '';
    referenceError.textContent = '';
    const response = await fetch(page.dataset.sell, {method: 'POST', headers: headers(),
      body: JSON.stringify({lines: basket(), paymentMode: mode(), paymentReference: reference.value})});
    const body = await response.json();
    if (response.ok) {
      receipt.textContent = labels.sold + ' ' + body.reference + ' · ' + rupees(body.total) + ' · '
        + labels.paidBy + ' ' + labels.modes[body.paymentMode.toLowerCase()];
      receiptLink.href = page.dataset.receipt + encodeURIComponent(body.reference) + '/receipt.pdf';
      receiptLink.hidden = false;
      cart.length = 0;
      reference.value = '';
      // the next customer most likely pays cash
      document.querySelector('input[name=paymentMode][value=cash]').checked = true;
      draw();
    } else {
      const errors = body.errors || [];
      referenceError.textContent = errors.filter((e) => e.field === 'paymentReference').map((e) => e.message).join(' · ');
      message.textContent = errors.filter((e) => e.field !== 'paymentReference').map((e) => e.message).join(' · ')
        || (errors.length ? '' : body.detail);
    }
    code.focus();
  });
})();
