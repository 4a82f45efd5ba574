// Liveness for a load balancer or orchestrator: the process is up and answering.
// It never touches the database, so an outage there does not get healthy app
// servers restarted (they keep serving cached pages); /readyz covers the database.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
