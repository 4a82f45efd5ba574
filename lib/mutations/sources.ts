// Adding a publication that commitments can be read from.
import 'server-only';
import { guardedAction } from '@/lib/auth/guarded-action';
import { pathsShowingSources } from '@/lib/commitments/public-paths';
import { ActionError } from '@/lib/errors';
import { createSourceSchema } from '@/lib/schemas/source';

export const createSource = guardedAction({
  access: 'EDITOR',
  schema: createSourceSchema,
  async run(input, { tx, audit }) {
    const taken = await tx.source.findUnique({ where: { id: input.id }, select: { id: true } });
    if (taken) throw new ActionError(409, 'already_exists', 'A source with this id exists.', { id: ['This id is taken: choose another.'] });
    const created = await tx.source.create({
      data: input,
      select: { id: true, title: true, publisher: true, publishedOn: true, url: true, note: true },
    });
    await audit({ action: 'create', entityType: 'source', entityId: created.id, after: created });
    return { id: created.id };
  },
  revalidate: () => pathsShowingSources(),
});
