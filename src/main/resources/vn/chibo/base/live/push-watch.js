/*
 * A lost Push connection is noticed at once. The clicks go over ordinary requests (WEBSOCKET_XHR), so Vaadin's
 * client learns of a drop only at its next request: a phone that only listens would look connected for minutes.
 * When a Push WebSocket that was open closes abnormally, the page asks the server (a poll). If that fails, Vaadin
 * shows its reconnecting indicator and retries every 5 s; the answer that finally arrives brings what the page
 * missed. Reconnect attempts that never opened, clean closes and a page being left (pagehide; not beforeunload,
 * which a page may cancel) are ignored.
 */
(function () {
    var Native = window.WebSocket;
    if (!Native || Native.chiboWatched) {
        return;
    }
    var leaving = false;
    window.addEventListener('pagehide', function () { leaving = true; });

    function pollEveryClient() {
        var vaadin = window.Vaadin;
        if (leaving || !vaadin || !vaadin.Flow || !vaadin.Flow.clients) {
            return;
        }
        if (vaadin.connectionState && vaadin.connectionState.state !== 'connected') {
            return; // already reconnecting
        }
        Object.keys(vaadin.Flow.clients).forEach(function (id) {
            var client = vaadin.Flow.clients[id];
            if (client && typeof client.poll === 'function') {
                client.poll();
            }
        });
    }

    function Watched(url, protocols) {
        var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
        var address = String(url);
        if (address.indexOf('v-r=push') >= 0 && address.indexOf('debug_window') < 0) {
            var opened = false;
            socket.addEventListener('open', function () { opened = true; });
            socket.addEventListener('close', function (event) {
                if (opened && !event.wasClean) {
                    pollEveryClient();
                }
            });
        }
        return socket;
    }
    Watched.prototype = Native.prototype;
    ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (name) { Watched[name] = Native[name]; });
    Watched.chiboWatched = true;
    window.WebSocket = Watched;
})();
