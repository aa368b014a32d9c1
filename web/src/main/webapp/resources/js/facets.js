// The library's filters are folded on a phone (the first result then shows on the first screen) and unfolded where
// there is room beside the results, also when a window is made wider or narrower.
(function () {
    var filters = document.getElementById('filters');
    if (!filters || !window.matchMedia) { return; }
    var wide = window.matchMedia('(min-width: 801px)');
    var apply = function () { filters.open = wide.matches; };
    apply();
    wide.addEventListener('change', apply);
})();
