// The one confirmation dialog of every page (layout.xhtml) asks before what cannot be undone: so the focus starts on
// "No" (Enter does not confirm by accident), Escape closes it, and the focus goes back to the button that asked.
(function () {
    'use strict';
    if (!window.jQuery || !window.PF) {
        return;
    }
    jQuery(function () {
        var dialog = PF('confirmDialog');
        if (!dialog || dialog.rtWrapped) {
            return;
        }
        dialog.rtWrapped = true;
        var opener = null;
        var show = dialog.show;
        var hide = dialog.hide;
        var postShow = dialog.postShow;
        dialog.show = function () {
            opener = document.activeElement;
            show.apply(this, arguments);
        };
        // After the fade-in, where PrimeFaces puts the focus on the first button.
        dialog.postShow = function () {
            if (postShow) {
                postShow.apply(this, arguments);
            }
            this.jq.find('.ui-confirmdialog-no').trigger('focus');
        };
        dialog.hide = function () {
            hide.apply(this, arguments);
            if (opener && document.body.contains(opener)) {
                opener.focus();
            }
            opener = null;
        };
    });
})();
