#!/usr/bin/env python3
"""Measures every GET route of the headless API: bytes, latency (median, p99 of N sequential
keep-alive requests, one client), server CPU per request (/proc/PID/stat) and the simulated
gpt-load's calls per request (the sim process's /calls counters).

usage: measure_routes.py --port P --sim-port S --token T --pid PID [--n 50] [--out file.json]
"""
import argparse, http.client, json, os, statistics, sys, time

ap = argparse.ArgumentParser()
ap.add_argument('--port', type=int, required=True)
ap.add_argument('--sim-port', type=int, required=True)
ap.add_argument('--token', required=True)
ap.add_argument('--pid', type=int, required=True)
ap.add_argument('--n', type=int, default=50)
ap.add_argument('--slow-n', type=int, default=12, help='requests for routes slower than 1 s')
ap.add_argument('--out', default='routes.json')
ap.add_argument('--only', default='')
a = ap.parse_args()

CLK = os.sysconf('SC_CLK_TCK')


def cpu_s(pid):
    with open(f'/proc/{pid}/stat') as f:
        parts = f.read().rsplit(')', 1)[1].split()
    return (int(parts[11]) + int(parts[12])) / CLK


def rss_kb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return -1


H = {'Authorization': 'Bearer ' + a.token, 'Connection': 'keep-alive'}
conn = http.client.HTTPConnection('127.0.0.1', a.port, timeout=600)
sim = http.client.HTTPConnection('127.0.0.1', a.sim_port, timeout=60)


def get(path):
    t = time.perf_counter()
    conn.request('GET', path, headers=H)
    r = conn.getresponse()
    body = r.read()
    return r.status, body, (time.perf_counter() - t) * 1000.0


def simcall(method, path):
    sim.request(method, path, headers=H)
    r = sim.getresponse()
    return json.loads(r.read())


_, body, _ = get('/api/openapi.json')
doc = json.loads(body)
paths = [p for p, ops in doc.get('paths', {}).items() if 'get' in ops]

# Parameters for the templated routes, from the state itself.
_, jb, _ = get('/api/jobs')
jobs = json.loads(jb).get('jobs', [])
job_id = jobs[0]['id'] if jobs else 'none'
_, sb, _ = get('/api/status')
_, bb, _ = get('/api/uniapi/backups')
backups = (json.loads(bb).get('data') or {}).get('backups') or json.loads(bb).get('backups') or []
backup = backups[0]['name'] if backups else 'none'
channel = 'bench-site-005-openai'
subst = {'{id}': job_id, '{channelName}': channel, '{name}': backup, ':id': job_id, ':channelName': channel, ':name': backup}

extra = ['/api/models?limit=50', '/api/channels/site-groups?live=0', '/api/architecture-status?names=8', '/', '/js/i18n.js', '/metrics', '/api/logs?since=0', '/api/events?since=0']
routes = []
for p in paths + extra:
    q = p
    for k, v in subst.items():
        q = q.replace(k, v)
    if q not in routes:
        routes.append(q)
if a.only:
    routes = [r for r in routes if any(o in r for o in a.only.split(','))]

results = []
for path in routes:
    simcall('POST', '/calls/reset')
    st, body, first = get(path)   # warm-up (also the first-request figure)
    n = a.n if first < 1000 else a.slow_n
    lat = []
    c0 = cpu_s(a.pid)
    simcall('POST', '/calls/reset')
    for _ in range(n):
        st, body, ms = get(path)
        lat.append(ms)
    cpu = (cpu_s(a.pid) - c0) / n * 1000.0
    calls = simcall('GET', '/calls')
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))]
    per = {k: round(v / n, 2) for k, v in calls['perRoute'].items()}
    row = dict(path=path, status=st, bytes=len(body), n=n, first_ms=round(first, 2), median_ms=round(statistics.median(lat), 2),
               p99_ms=round(p99, 2), max_ms=round(lat[-1], 2), server_cpu_ms=round(cpu, 1),
               upstream_per_req=round(calls['management'] / n, 2), proxy_per_req=round(calls['proxy'] / n, 2), upstream_routes=per)
    results.append(row)
    print(f"{path:55s} {st} {len(body):>10,d} B  med {row['median_ms']:>9.2f}  p99 {row['p99_ms']:>9.2f} ms  cpu {cpu:7.1f} ms  "
          f"gpt-load/req {row['upstream_per_req']:.2f} {per if per else ''}", flush=True)

json.dump(dict(rss_kb_after=rss_kb(a.pid), results=results), open(a.out, 'w'), indent=1)
print('RSS after', rss_kb(a.pid), 'kB')
