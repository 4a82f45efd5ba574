// GET /api/v1/stop-search/monthly: the "stop-search-monthly" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('stop-search-monthly');
