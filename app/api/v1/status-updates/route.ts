// GET /api/v1/status-updates: the "status-updates" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('status-updates');
