// The order page: a Copy button puts the tracking link on the clipboard, so it can be pasted into
// WhatsApp or an SMS; where the clipboard is not offered (plain http), the link is selected instead.
(function () {
  'use strict';

  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.querySelector('[data-copy-status="' + button.getAttribute('data-copy') + '"]');
    if (!field) {
      return;
    }
    button.addEventListener('click', function () {
      field.focus();
      field.select();
      var done = function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          document.execCommand('copy');
          done();
        });
      } else {
        document.execCommand('copy');
        done();
      }
    });
  });
})();
