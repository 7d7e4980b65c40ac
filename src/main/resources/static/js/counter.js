// The counter page (K14): type a SKU or scan a pack label (a keyboard-wedge scanner types the code
// and Enter), the line joins the cart with its live counter stock; Sell posts the cart to
// /api/counter-sales. The server decides everything: the page only shows its answers.
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
  }

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
    }
    code.value = '';
    quantity.value = 1;
    code.focus();
  });

  document.getElementById('sell').addEventListener('click', async () => {
    if (!cart.length) return;
    const response = await fetch(page.dataset.sell, {method: 'POST', headers: headers(),
      body: JSON.stringify({lines: cart.map((l) => ({code: l.code, quantity: l.quantity}))})});
    const body = await response.json();
    if (response.ok) {
      receipt.textContent = labels.sold + ' ' + body.reference + ' · ' + rupees(body.total);
      cart.length = 0;
      draw();
    } else {
      message.textContent = (body.errors || []).map((e) => e.message).join(' · ') || body.detail;
    }
    code.focus();
  });
})();
