// Readiness: the database answers and every migration this build ships is
// applied. A load balancer sends new traffic only to servers that say yes.
import { checkReadiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
