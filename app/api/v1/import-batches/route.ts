// GET /api/v1/import-batches: the "import-batches" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('import-batches');
