// The return editor's table of contents and feedback. "Next unanswered" and "Next comment" scroll to the next such
// question after the one the person is in (wrapping round) and focus its heading, so a screen reader reads which
// question it is. Every request says "Saving…" next to the question (or button) that sent it, and "Save failed"
// there when it does not go through; the server's answer replaces it with what happened. A message that asks to be
// acted on names the element to focus in data-focus. On a phone the table of contents starts folded.
(function () {
    'use strict';
    var editor = document.getElementById('editor');
    if (!editor || !window.jQuery) {
        return;
    }
    var narrow = window.matchMedia('(max-width: 900px)');
    var drawer = document.getElementById('tocDrawer');
    if (drawer && narrow.matches) {
        drawer.open = false;
    }
    // A request that re-renders the whole form (the save button, say) renders the contents open again: keep them as
    // the person left them.
    var drawerOpen = drawer ? drawer.open : true;
    var texts = document.getElementById('editorTexts');

    function text(name) {
        return texts ? texts.getAttribute('data-' + name) : '';
    }

    // The question the person is in: the one holding the focus, else the last one moved to.
    var current = null;
    document.addEventListener('focusin', function (event) {
        var answer = event.target.closest && event.target.closest('#editor .answer[data-question]');
        if (answer) {
            current = answer.getAttribute('data-question');
        }
    });

    function goTo(questionId) {
        var answer = document.getElementById('q-' + questionId);
        if (!answer) {
            return false;
        }
        drawer = document.getElementById('tocDrawer');
        if (drawer && narrow.matches) {
            drawer.open = false;
        }
        var heading = answer.querySelector('.question-label');
        answer.scrollIntoView({block: 'start'});
        (heading || answer).focus({preventScroll: true});
        current = String(questionId);
        return true;
    }

    // The states come from the table of contents, which each save updates.
    function next(matches, button) {
        var items = Array.prototype.slice.call(document.querySelectorAll('#editor .toc-question[data-question]'));
        var start = items.findIndex(function (li) {
            return li.getAttribute('data-question') === current;
        });
        for (var step = 1; step <= items.length; step++) {
            var li = items[(start + step) % items.length];
            if (matches(li)) {
                document.getElementById('tocNotice').textContent = '';
                goTo(li.getAttribute('data-question'));
                return;
            }
        }
        document.getElementById('tocNotice').textContent = button.getAttribute('data-none');
    }

    var unanswered = document.getElementById('nextUnanswered');
    if (unanswered) {
        unanswered.addEventListener('click', function () {
            next(function (li) {
                return li.getAttribute('data-state') !== 'ANSWERED';
            }, unanswered);
        });
    }
    var commented = document.getElementById('nextComment');
    if (commented) {
        commented.addEventListener('click', function () {
            next(function (li) {
                return li.getAttribute('data-commented') === 'true';
            }, commented);
        });
    }

    // Links to a question (table of contents, submit checklist) move the focus there too, not only the view.
    editor.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a[href^="#q-"]');
        if (link && goTo(link.getAttribute('href').substring(3))) {
            event.preventDefault();
            history.replaceState(null, '', link.getAttribute('href'));
        }
    });

    function slotNear(sourceId) {
        var source = sourceId ? document.getElementById(sourceId) : null;
        if (!source) {
            return null;
        }
        var answer = source.closest('.answer');
        if (answer) {
            return answer.querySelector('.answer-feedback .feedback-slot');
        }
        if (source.closest('#submitPanel')) {
            return document.querySelector('#submitPanel .feedback-slot');
        }
        var actions = source.closest('.submit-panel');
        return actions ? actions.querySelector('.actions .feedback-slot') : null;
    }

    function say(slot, message, error) {
        if (!slot) {
            return;
        }
        slot.textContent = '';
        var span = document.createElement('span');
        span.className = 'feedback ' + (error ? 'feedback-error' : 'feedback-pending');
        span.textContent = message;
        slot.appendChild(span);
    }

    function sourceOf(settings) {
        var data = settings && typeof settings.data === 'string' ? new URLSearchParams(settings.data) : null;
        return data ? data.get('jakarta.faces.source') || data.get('javax.faces.source') : null;
    }

    var $doc = jQuery(document);
    $doc.on('pfAjaxSend', function (event, xhr, settings) {
        drawer = document.getElementById('tocDrawer');
        drawerOpen = drawer ? drawer.open : drawerOpen;
        // What an earlier request said is stale now.
        document.querySelectorAll('#editor .feedback-slot').forEach(function (slot) {
            slot.textContent = '';
        });
        var slot = slotNear(sourceOf(settings));
        if (xhr) {
            xhr.rtSlot = slot;
        }
        say(slot, text('saving'), false);
    });
    $doc.on('pfAjaxError', function (event, xhr) {
        if (xhr && xhr.rtSlot) {
            say(xhr.rtSlot, text('failed'), true);
        }
    });
    $doc.on('pfAjaxComplete', function (event, xhr) {
        drawer = document.getElementById('tocDrawer');
        if (drawer && drawer.open !== drawerOpen) {
            drawer.open = drawerOpen;
        }
        var doc = xhr && xhr.responseXML;
        if (xhr && xhr.rtSlot && doc && doc.getElementsByTagName('error').length) {
            say(xhr.rtSlot, text('failed'), true);
        }
        var asking = document.querySelector('#editor [data-focus]:not([data-focus=""])');
        if (asking) {
            var target = asking.getAttribute('data-focus') === 'self'
                ? asking
                : document.getElementById(asking.getAttribute('data-focus'));
            asking.setAttribute('data-focus', '');
            if (target) {
                // On a phone the open contents would cover what asks to be acted on.
                if (drawer && narrow.matches) {
                    drawer.open = false;
                    drawerOpen = false;
                }
                (target.closest('.ui-chkbox') || target).scrollIntoView({block: 'center'});
                target.focus({preventScroll: true});
            }
        }
    });

    window.RtEditor = {
        // The submit confirmation closed without submitting: back to the button that opened it.
        confirmClosed: function () {
            var submit = document.getElementById('editor:submit');
            if (submit) {
                submit.focus();
            }
        }
    };
})();
