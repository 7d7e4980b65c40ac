// The customer's catalogue: the running total of the cart as quantities change. The prices shown
// are the catalogue's; the order is priced again by the shop when it is placed.
(function () {
  var total = document.getElementById('cart-total');
  if (!total) { return; }
  var format = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' });
  function update() {
    var sum = 0;
    document.querySelectorAll('.c-product').forEach(function (row) {
      var input = row.querySelector('input[type=number]');
      var quantity = parseInt(input && input.value ? input.value : '0', 10);
      if (quantity > 0) { sum += quantity * parseFloat(row.getAttribute('data-price')); }
    });
    total.textContent = format.format(sum);
  }
  document.querySelectorAll('.c-product input[type=number]').forEach(function (input) {
    input.addEventListener('input', update);
  });
  update();
})();
