#!/usr/bin/env python3
"""Serves build/site on http://127.0.0.1:8080/ with the right MIME types for
ES modules and WebAssembly, and the strict Content-Security-Policy the widget
is built to run under.   usage: scripts/serve.py [folder] [port]"""
import functools, http.server, os, sys

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".mjs": "text/javascript",
                      ".wasm": "application/wasm", ".json": "application/json",
                      ".css": "text/css", ".svg": "image/svg+xml"}

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/site")
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    if not os.path.isdir(root):
        sys.exit(f"serve: {root} does not exist; build the site first")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=root))
    print(f"Passaparola site: http://127.0.0.1:{port}/  (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass

if __name__ == "__main__":
    main()
