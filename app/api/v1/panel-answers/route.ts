// GET /api/v1/panel-answers: the "panel-answers" dataset (fields in lib/open-data/datasets.ts, shown on /data).
import { datasetRoute } from '../_lib/dataset-route';

export const { GET, OPTIONS } = datasetRoute('panel-answers');
