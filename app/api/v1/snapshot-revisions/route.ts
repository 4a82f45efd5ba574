// GET /api/v1/snapshot-revisions: the "snapshots" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('snapshots');
