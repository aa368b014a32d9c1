// Title suggestions while typing in the library search box (GET /api/v1/library/suggest).
(function () {
    var input = document.getElementById('q');
    var list = document.getElementById('suggestions');
    if (!input || !list) { return; }
    var timer;
    input.addEventListener('input', function () {
        clearTimeout(timer);
        var prefix = input.value.trim();
        if (prefix.length < 2) { return; }
        timer = setTimeout(function () {
            fetch((window.location.pathname.replace(/\/[^\/]*$/, '')) + '/api/v1/library/suggest?prefix=' + encodeURIComponent(prefix))
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (titles) {
                    list.innerHTML = '';
                    titles.forEach(function (t) {
                        var option = document.createElement('option');
                        option.value = t.title;
                        list.appendChild(option);
                    });
                });
        }, 200);
    });
})();
