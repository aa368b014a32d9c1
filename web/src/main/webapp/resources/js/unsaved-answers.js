// The return editor keeps a copy of every answer field typed but not yet saved in this browser (localStorage, one
// entry per user, return, question and field, with the version of the return it was typed on and the saved text it
// replaces). A copy is forgotten only when the server has confirmed a save of exactly that text. When a save finds
// the session ended (a 401 marked X-Signed-Out, or an expired view) the page says so and the text stays in the
// fields and in the browser; the next time this user opens this return the kept text is put back into the fields,
// marked, with "Save now" and "Discard", and with the version saved meanwhile shown beside it if the return changed.
(function () {
    'use strict';
    var config = document.getElementById('unsavedText');
    if (!config || !window.jQuery || !storageWorks()) {
        return;
    }
    var PREFIX = ['rt.unsaved', config.getAttribute('data-user'), config.getAttribute('data-return'), ''].join('|');
    var FIELD = /:(status_input|narrative|measures|legislation)$/;

    function storageWorks() {
        try {
            window.localStorage.setItem('rt.unsaved.probe', '1');
            window.localStorage.removeItem('rt.unsaved.probe');
            return true;
        } catch (e) {
            return false;
        }
    }

    // The browser turns line breaks into \n in a field, a form post sends \r\n: compare texts without that difference.
    function norm(text) {
        return text == null ? '' : String(text).replace(/\r\n?/g, '\n');
    }

    function fieldOf(element) {
        var match = element && element.id ? FIELD.exec(element.id) : null;
        var answer = match ? element.closest('.answer[data-question]') : null;
        return answer ? {question: answer.getAttribute('data-question'), field: match[1].replace('_input', '')} : null;
    }

    function keyOf(f) {
        return PREFIX + f.question + '|' + f.field;
    }

    function elementFor(key) {
        var parts = key.substring(PREFIX.length).split('|');
        var answer = document.querySelector('#editor .answer[data-question="' + parts[0] + '"]');
        if (!answer) {
            return null;
        }
        return parts[1] === 'status'
            ? answer.querySelector('select[id$=":status_input"]')
            : answer.querySelector('textarea[id$=":' + parts[1] + '"]');
    }

    function keys() {
        var found = [];
        for (var i = 0; i < localStorage.length; i++) {
            var key = localStorage.key(i);
            if (key && key.indexOf(PREFIX) === 0) {
                found.push(key);
            }
        }
        return found;
    }

    function read(key) {
        try {
            return JSON.parse(localStorage.getItem(key));
        } catch (e) {
            return null;
        }
    }

    function meta() {
        var m = document.querySelector('#editor .return-meta');
        return m ? {version: m.getAttribute('data-version'), saves: m.getAttribute('data-saves')} : {};
    }

    // What the server holds for a field as far as this page knows: what it rendered, or what a save confirmed since.
    function savedValue(element) {
        if (element.rtSaved !== undefined) {
            return element.rtSaved;
        }
        if (element.tagName === 'SELECT') {
            for (var i = 0; i < element.options.length; i++) {
                if (element.options[i].defaultSelected) {
                    return element.options[i].value;
                }
            }
            return '';
        }
        return norm(element.defaultValue);
    }

    function widgetOf(select) {
        return window.PrimeFaces && PrimeFaces.getWidgetById
            ? PrimeFaces.getWidgetById(select.id.replace(/_input$/, ''))
            : null;
    }

    function markable(element) {
        return element.tagName === 'SELECT' ? element.closest('.ui-selectonemenu') || element : element;
    }

    function keep(element) {
        var f = fieldOf(element);
        if (!f || element.readOnly || element.disabled) {
            return;
        }
        var key = keyOf(f);
        var value = norm(element.value);
        var kept = read(key);
        if (value === savedValue(element)) {
            localStorage.removeItem(key);
            return;
        }
        if (!kept) {
            kept = {version: meta().version, base: savedValue(element)};
        }
        kept.text = value;
        kept.typedAt = new Date().toISOString();
        try {
            localStorage.setItem(key, JSON.stringify(kept));
        } catch (full) {
            // Storage full: the text is still in the field and the autosave still runs.
        }
    }

    document.addEventListener('input', function (event) {
        keep(event.target);
    }, true);
    document.addEventListener('change', function (event) {
        keep(event.target);
    }, true);

    function showSignedOut() {
        var notice = document.getElementById('signedOutNotice');
        if (notice && notice.hidden) {
            notice.hidden = false;
            notice.scrollIntoView({block: 'nearest'});
        }
    }

    document.addEventListener('rt-signed-out', showSignedOut);

    function signedOut(xhr) {
        if (xhr.status === 401) {
            return true;
        }
        var doc = xhr.responseXML;
        var names = doc ? doc.getElementsByTagName('error-name') : [];
        for (var i = 0; i < names.length; i++) {
            if (/ViewExpiredException/.test(names[i].textContent)) {
                return true;
            }
        }
        return false;
    }

    var $doc = jQuery(document);
    $doc.on('pfAjaxSend', function (event, xhr, settings) {
        xhr.rtSent = {
            params: settings && typeof settings.data === 'string' ? new URLSearchParams(settings.data) : null,
            saves: meta().saves
        };
    });

    // A failed request (the 401 of an ended session) reaches only pfAjaxError with its XHR: PrimeFaces passes
    // pfAjaxComplete the error text instead.
    $doc.on('pfAjaxError', function (event, xhr) {
        if (xhr && xhr.rtSent && signedOut(xhr)) {
            showSignedOut();
        }
    });

    $doc.on('pfAjaxComplete', function (event, xhr) {
        var sent = xhr && xhr.rtSent;
        if (!sent) {
            return;
        }
        if (signedOut(xhr)) {
            showSignedOut();
            return;
        }
        if (xhr.status === 200 && sent.params && meta().saves !== sent.saves) {
            confirm(sent.params);
        }
        remark();
    });

    // The server stored what the request carried: forget each kept copy whose text is exactly what was sent (text
    // typed after the request left stays kept).
    function confirm(params) {
        keys().forEach(function (key) {
            var element = elementFor(key);
            var kept = read(key);
            if (!element || !kept || !params.has(element.name)) {
                return;
            }
            var sentValue = norm(params.get(element.name));
            element.rtSaved = sentValue;
            if (norm(kept.text) === sentValue) {
                localStorage.removeItem(key);
            }
        });
    }

    // Restored fields stay marked until saved or discarded, also after an AJAX update re-rendered them.
    var restored = {};

    function remark() {
        var pending = false;
        Object.keys(restored).forEach(function (key) {
            var element = elementFor(key);
            var kept = read(key);
            if (!kept) {
                delete restored[key];
                if (element) {
                    markable(element).classList.remove('restored');
                    removeServerVersion(element);
                }
                return;
            }
            pending = true;
            if (element) {
                markable(element).classList.add('restored');
            }
        });
        if (!pending) {
            document.getElementById('restoredNotice').hidden = true;
        }
    }

    function serverVersionBox(element) {
        var next = markable(element).nextElementSibling;
        return next && next.classList.contains('restored-server') ? next : null;
    }

    function removeServerVersion(element) {
        var box = serverVersionBox(element);
        if (box) {
            box.parentNode.removeChild(box);
        }
    }

    function showServerVersion(element, text) {
        removeServerVersion(element);
        var box = document.createElement('div');
        box.className = 'restored-server';
        var label = document.createElement('strong');
        label.textContent = config.getAttribute('data-server-label') + ' ';
        box.appendChild(label);
        var shown = text;
        if (element.tagName === 'SELECT') {
            var option = element.querySelector('option[value="' + CSS.escape(text) + '"]');
            shown = option ? option.textContent : text;
        }
        box.appendChild(document.createTextNode(shown || '—'));
        markable(element).insertAdjacentElement('afterend', box);
    }

    function put(element, value) {
        if (element.tagName === 'SELECT') {
            var widget = widgetOf(element);
            if (widget && widget.selectValue) {
                widget.selectValue(value);
            } else {
                element.value = value;
            }
        } else {
            element.value = value;
        }
    }

    // On opening the return: put kept text back.
    function restore() {
        var changed = false;
        keys().forEach(function (key) {
            var kept = read(key);
            var element = elementFor(key);
            if (!kept || !element || element.readOnly || element.disabled) {
                return;
            }
            var server = savedValue(element);
            if (norm(kept.text) === server) {
                // The save went through after all (only its answer was lost): nothing to restore.
                localStorage.removeItem(key);
                return;
            }
            put(element, kept.text);
            restored[key] = true;
            markable(element).classList.add('restored');
            if (server !== norm(kept.base)) {
                changed = true;
                showServerVersion(element, server);
            }
        });
        if (Object.keys(restored).length > 0) {
            document.getElementById('changedMeanwhile').hidden = !changed;
            document.getElementById('restoredNotice').hidden = false;
        }
    }

    document.getElementById('restoreSave').addEventListener('click', function () {
        var save = document.getElementById('editor:save');
        if (save) {
            save.click();
        }
    });

    document.getElementById('restoreDiscard').addEventListener('click', function () {
        Object.keys(restored).forEach(function (key) {
            var element = elementFor(key);
            localStorage.removeItem(key);
            if (element) {
                put(element, savedValue(element));
            }
        });
        remark();
    });

    jQuery(restore);
})();
