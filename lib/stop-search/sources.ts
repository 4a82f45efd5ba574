// Where record-level figures come from, named in every summary response and
// CSV. The population source is read from the database (the rows it seeded).

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
  note: string | null;
}

export const POLICE_RECORDS_SOURCE: SourceRef = {
  id: 'police-uk-stop-and-search',
  title: 'Stop and search data: monthly record-level files for each force',
  publisher: 'Home Office (data.police.uk), from data supplied by each police force',
  url: 'https://data.police.uk/data/',
  note:
    'One row per search as the force reported it; locations are approximate (snapped to anonymised points). ' +
    'Contains public sector information licensed under the Open Government Licence v3.0.',
};

export const BOROUGH_BOUNDARIES_SOURCE: SourceRef = {
  id: 'london-datastore-statistical-gis-boundaries',
  title: 'Statistical GIS Boundary Files for London (2018 wards, dissolved to boroughs and simplified)',
  publisher: 'Greater London Authority (London Datastore)',
  url: 'https://data.london.gov.uk/dataset/statistical-gis-boundary-files-london',
  note: 'Used to place each search in a borough. Contains National Statistics and Ordnance Survey data © Crown copyright and database right.',
};
