// GET /api/v1/panel-questions: the "panel-questions" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('panel-questions');
