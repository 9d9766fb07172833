"""HTTP API under load: 200 concurrent clients against the events and incidents endpoints.

Builds a store of 10k synthetic events (no text analysis; 2,000 documents of
5 events, linked into incidents as ``casus ingest`` links them), starts
``casus serve`` on loopback, and runs 200 concurrent clients for a bounded
time per endpoint, each sending its next request as soon as the last one is
answered, with varied filters and pages. Reported per endpoint: requests/s,
p50 and p95 latency, errors (non-200 answers or failed connections). The
baseline, in the same run and under the same load, is ``/api/health``,
which touches no data: the server's own ceiling.

    python bench/api_load.py [--seconds 15] [--clients 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line


def build_store(path: str, events: int = 10_000) -> None:
    from casus.store import Store
    from casus.store.schema import VERSION

    rng = random.Random(11)
    countries = [("ARM", "AZE"), ("ISR", "PSE"), ("RUS", "UKR"), ("IND", "PAK"), ("SDN", "SSD")]
    with Store(path) as store:
        assert int(store.db.query("SELECT version FROM casus_schema")[0][0]) == VERSION
        for d in range(events // 5):
            doc_id = f"{d:064x}"
            a, b = rng.choice(countries)
            day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            with store.db.transaction():
                store.db.execute(
                    "INSERT INTO documents (id, seq, path, input_format, casus_version, record) VALUES (?, ?, ?, ?,"
                    " 'bench', ?)", (doc_id, d + 1, f"bench/{d}.txt", "text",
                                     json.dumps({"doc": {"id": doc_id, "path": f"bench/{d}.txt", "text": "…"}})))
                for k in range(5):
                    lat, lon = 30 + rng.random() * 20, 30 + rng.random() * 40
                    text = f"Units of side {a} shelled positions of side {b} near place {d}-{k}, officials said."
                    store._add_event({
                        "id": f"e{k + 1}", "event": "ASSAULT", "mode": "heavy-weapons", "context": ["military"],
                        "quad": "material-conflict", "status": "asserted",
                        "actors": [{"text": f"{a} units", "name": f"{a} units", "country": a, "sector": "MIL"}],
                        "recipients": [{"text": f"{b} positions", "name": f"{b} positions", "country": b,
                                        "sector": "MIL"}],
                        "locations": [{"text": f"place {d}-{k}", "name": f"place {d}-{k}", "geonameid": None,
                                       "country": a, "admin1": None, "admin2": None, "lat": lat, "lon": lon,
                                       "precision": "town"}],
                        "time": {"start": day, "end": day, "precision": "day", "text": day, "how": "text"},
                        "toll": {"dead": {"low": None, "best": None, "high": None, "text": None},
                                 "injured": {"low": None, "best": None, "high": None, "text": None}},
                        "claim": None, "evidence": {"start": 0, "end": len(text), "text": text},
                        "trigger": {"start": 0, "end": 5, "text": "Units"}, "acled": {
                            "event_type": "Explosions/Remote violence",
                            "sub_event_type": "Shelling/artillery/missile attack"}, "cameo": "19",
                        "said_by": {"name": f"Ministry of Defence of {a}", "country": a, "kind": "military"},
                        "held_by": [], "doc_id": doc_id, "published": day, "publisher": "bench", "url": None,
                        "path": f"bench/{d}.txt", "sides": [a, b]})


def events_url(rng: random.Random) -> str:
    choice = rng.randrange(5)
    if choice == 0:
        return f"/api/events?offset={rng.randrange(0, 9000)}"
    if choice == 1:
        return f"/api/events?country={rng.choice(['ARM', 'ISR', 'UKR', 'PAK', 'SSD'])}&offset={rng.randrange(0, 1500)}"
    if choice == 2:
        return f"/api/events?type=ASSAULT&start=2024-0{rng.randrange(1, 9)}-01&end=2024-0{rng.randrange(1, 9)}-28"
    if choice == 3:
        west, south = 30 + rng.random() * 30, 30 + rng.random() * 15
        return f"/api/events?bbox={west:.2f},{south:.2f},{west + 5:.2f},{south + 5:.2f}"
    return f"/api/events?q=place%20{rng.randrange(0, 2000)}-"


def incidents_url(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"/api/incidents?limit=20&offset={rng.randrange(0, 500)}"
    return f"/api/incidents?limit=20&country={rng.choice(['ARM', 'ISR', 'UKR'])}&start=2024-03-01&end=2024-04-30"


async def _get(reader: Any, writer: Any, path: str) -> int:
    """One HTTP/1.1 GET on a kept-alive connection; the status code. A minimal client, so that the load
    generator (on the same cores) costs far less than the server it measures."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\nAccept: application/json\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(x.split(":", 1)[1]) for x in lines if x.lower().startswith("content-length:")), None)
    if length is None:  # chunked
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def load(host: str, port: int, make_url: Any, clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client(seed: int) -> None:
        nonlocal errors
        rng = random.Random(seed)
        reader, writer = await asyncio.open_connection(host, port)
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            try:
                if await _get(reader, writer, make_url(rng)) != 200:
                    errors += 1
            except (OSError, asyncio.IncompleteReadError, ValueError):
                errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
            latencies.append(time.perf_counter() - began)
        writer.close()

    began = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {"rps": len(latencies) / elapsed, "p50_ms": 1000 * statistics.median(latencies),
            "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))], "errors": errors,
            "requests": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "load.db")
        began = time.perf_counter()
        build_store(db)
        print(f"store of 10k events built in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        exe = Path(sys.executable).parent / "casus"
        server = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port), "--workers",
                                   str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(base + "/api/health", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            results = {}
            for name, make in (("health", lambda rng: "/api/health"), ("events", events_url),
                               ("incidents", incidents_url)):
                results[name] = asyncio.run(load("127.0.0.1", port, make, args.clients, args.seconds))
                r = results[name]
                print(f"{name:<10} {r['requests']:>6} requests  {r['rps']:7.1f} req/s  p50 {r['p50_ms']:6.1f} ms  "
                      f"p95 {r['p95_ms']:6.1f} ms  errors {r['errors']}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    ev, inc, base_r = results["events"], results["incidents"], results["health"]
    print(figures_line(events_rps=ev["rps"], events_p50_ms=ev["p50_ms"], events_p95_ms=ev["p95_ms"],
                       events_errors=ev["errors"], incidents_rps=inc["rps"], incidents_p95_ms=inc["p95_ms"],
                       incidents_errors=inc["errors"], baseline_health_rps=base_r["rps"],
                       baseline_health_p95_ms=base_r["p95_ms"], events_rps_over_baseline=ev["rps"] / base_r["rps"],
                       clients=args.clients, workers=args.workers))


if __name__ == "__main__":
    main()
