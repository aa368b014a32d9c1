// Tells the user when a button's request did not go through, on every page: the session has ended (a 401), the
// page's state expired on the server (ViewExpiredException, e.g. after a restart) or the server failed. Without it
// PrimeFaces would leave the page as it was and say nothing. The return editor has its own notice that also keeps
// the typed text (unsaved-answers.js), so this one stays out of its way there.
(function () {
    'use strict';
    var notice = document.getElementById('requestProblem');
    if (!notice || !window.jQuery) {
        return;
    }
    var text = document.getElementById('requestProblemText');
    var signIn = document.getElementById('requestProblemSignIn');

    function errorName(xhr) {
        var doc = xhr && xhr.responseXML;
        var names = doc ? doc.getElementsByTagName('error-name') : [];
        return names.length ? names[0].textContent : null;
    }

    var shown = null;

    function show(kind) {
        if (kind !== 'failed' && kind !== 'denied' && kind !== 'offline' && document.getElementById('signedOutNotice')) {
            return; // the return editor says it (an ended session or an expired page), and keeps the text
        }
        if (shown === kind && !notice.hidden) {
            return; // already said: do not take the focus from the field the user is typing in again
        }
        shown = kind;
        text.textContent = notice.getAttribute('data-' + kind);
        signIn.hidden = kind !== 'ended' && kind !== 'signed-out';
        notice.hidden = false;
        notice.scrollIntoView({block: 'nearest'});
        notice.focus();
    }

    function hide() {
        shown = null;
        notice.hidden = true;
    }

    // A request cut short because the user is leaving the page is not a failure to report.
    var leaving = false;
    window.addEventListener('pagehide', function () {
        leaving = true;
    });
    window.addEventListener('pageshow', function () {
        leaving = false;
    });

    var $doc = jQuery(document);
    // A failed HTTP request reaches only pfAjaxError with its XHR.
    $doc.on('pfAjaxError', function (event, xhr, settings, error) {
        if (leaving || error === 'abort' || (xhr && xhr.statusText === 'abort')) {
            return;
        }
        if (xhr && xhr.status === 401) {
            show('ended');
        } else if (xhr && xhr.status === 403) {
            show('denied');
        } else if (xhr && xhr.status === 0) {
            show('offline');
        } else {
            show('failed');
        }
    });
    // A failure inside Faces comes back as a partial response carrying an <error>.
    // A later request that goes through means the problem has passed (the network is back, say).
    $doc.on('pfAjaxComplete', function (event, xhr) {
        var name = errorName(xhr);
        if (name) {
            show(/ViewExpiredException/.test(name) ? 'expired' : 'failed');
        } else if (xhr && xhr.status === 200 && shown !== 'ended' && shown !== 'signed-out') {
            hide();
        }
    });
    // session.js found the session ended while the user was reading or typing.
    document.addEventListener('rt-signed-out', function () {
        show('signed-out');
    });
    document.getElementById('requestProblemReload').addEventListener('click', function () {
        window.location.reload();
    });
})();
