// "Copy the citation": a button with data-copy="<id of the element whose text it copies>"; the outcome is announced
// in the element with role="status" next to it (copyStatus), in the page's language (data-copied, data-copy-failed).
(function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
        button.addEventListener('click', function () {
            var source = document.getElementById(button.getAttribute('data-copy'));
            var status = document.getElementById('copyStatus');
            var say = function (text) { if (status) { status.textContent = text; } };
            var failed = function () {
                // Without clipboard access (an insecure address, a refusal): select the text for the reader to copy.
                var range = document.createRange();
                range.selectNodeContents(source);
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                say(button.getAttribute('data-copy-failed'));
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(source.textContent.trim())
                    .then(function () { say(button.getAttribute('data-copied')); }, failed);
            } else {
                failed();
            }
        });
    });
})();
