"""Shared by the Python tests of the simulator: the real relink-simulator as a subprocess, calls
to it with urllib, and a recording proxy to see the exact requests a client sends."""
import base64
import http.server
import json
import subprocess
import threading
import urllib.error
import urllib.request

DEMO_KEYS = ("demo-secret-id", "demo-secret-password")


class Simulator:
    """build/tools/relink-simulator 0 (plus `options`), stopped on exit."""

    def __init__(self, program, options=()):
        self.program = program
        self.options = list(options)
        self.process = None
        self.url = None

    def __enter__(self):
        self.process = subprocess.Popen([self.program, *self.options, "0"], stdout=subprocess.PIPE, text=True,
                                        env={"QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"})
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.process.kill()
            raise SystemExit(f"relink-simulator printed no URL (got {self.url!r})")
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)

    def call(self, method, path_or_url, body=None, keys=DEMO_KEYS):
        """(status, JSON body) of one request; keys=None sends no Authorization."""
        url = path_or_url if path_or_url.startswith("http") else self.url + path_or_url
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if keys:
            token = base64.b64encode(f"{keys[0]}:{keys[1]}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, raw = answer.status, answer.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode(errors="replace")


class Recorder:
    """An HTTP proxy on 127.0.0.1 that passes every request to `target` and keeps
    (method, path, JSON body) of each."""

    def __init__(self, target):
        self.requests = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def relay(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                recorder.requests.append(
                    (self.command, self.path, json.loads(body) if body else None))
                request = urllib.request.Request(target + self.path, data=body,
                                                 method=self.command)
                for name in ("Authorization", "Content-Type"):
                    if self.headers.get(name):
                        request.add_header(name, self.headers[name])
                try:
                    with urllib.request.urlopen(request, timeout=30) as answer:
                        status, raw = answer.status, answer.read()
                except urllib.error.HTTPError as error:
                    status, raw = error.code, error.read()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            do_GET = do_PUT = do_PATCH = do_POST = relay

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
