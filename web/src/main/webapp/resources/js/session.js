// Keeps a signed-in user's session alive while they work. The server ends a session after 30 minutes without a
// request, but typing into a field, reading and scrolling send none: so while the user is active this pings the
// server, at most once a minute. The warning's "stay signed in" button pings too. A 401 means the session has
// already ended; the page is told with an "rt-signed-out" event (the return editor then says its text is kept).
(function () {
    'use strict';
    var keeper = document.getElementById('sessionKeeper');
    if (!keeper) {
        return;
    }
    var url = keeper.getAttribute('data-url');
    var EVERY = 60 * 1000;
    // Loading the page used the session just now.
    var last = Date.now();

    function ping() {
        last = Date.now();
        return fetch(url, {method: 'POST', credentials: 'same-origin', cache: 'no-store'})
            .then(function (reply) {
                if (reply.status === 401) {
                    document.dispatchEvent(new CustomEvent('rt-signed-out'));
                }
                return reply.status;
            })
            .catch(function () {
                // Offline for a moment: the next keystroke tries again.
                last = 0;
            });
    }

    // When the user last did something on the page: a periodic autosave asks, so that it does not keep the
    // session of an unattended screen alive for ever. Reading counts as activity too (scrolling, moving the mouse):
    // the timeout warning (p:idleMonitor) restarts its count on such events, so the server must not end a session
    // the page still thinks is in use.
    var lastActivity = Date.now();
    ['keydown', 'input', 'mousedown', 'mousemove', 'touchstart', 'touchmove', 'wheel', 'scroll'].forEach(function (type) {
        document.addEventListener(type, function () {
            lastActivity = Date.now();
            if (Date.now() - last >= EVERY) {
                ping();
            }
        }, {capture: true, passive: true});
    });

    // Every AJAX request of the page uses the session as well.
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            last = Date.now();
        });
    }

    var stay = document.getElementById('staySignedIn');
    if (stay) {
        stay.addEventListener('click', function () {
            ping();
            if (window.PF && PF('timeoutWarning')) {
                PF('timeoutWarning').hide();
            }
        });
    }

    window.RtSession = {
        ping: ping,
        activeWithin: function (millis) {
            return Date.now() - lastActivity < millis;
        }
    };
})();
