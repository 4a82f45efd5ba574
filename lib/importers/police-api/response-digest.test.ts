import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, responseSha256 } from '@/lib/importers/police-api/response-digest';

describe('responseSha256', () => {
  it('is the same for the same stops whatever the key order or whitespace', () => {
    const a = JSON.parse('[{"type":"Person search","location":{"latitude":"51.5","longitude":"-0.1"},"outcome":false}]');
    const b = JSON.parse('[ {"outcome": false, "location": {"longitude": "-0.1", "latitude": "51.5"}, "type": "Person search"} ]');
    expect(responseSha256(a)).toBe(responseSha256(b));
  });

  it('changes when a value or the order of stops changes', () => {
    const one = { type: 'Person search' };
    const two = { type: 'Vehicle search' };
    expect(responseSha256([one, two])).not.toBe(responseSha256([two, one]));
    expect(responseSha256([{ outcome: false }])).not.toBe(responseSha256([{ outcome: null }]));
  });

  it('hashes a documented canonical text: sorted keys, no whitespace', () => {
    const text = canonicalJson([{ b: 1, a: [true, null, 'x\u00e9'], c: { z: 0, y: '\\/' } }]);
    expect(text).toBe('[{"a":[true,null,"x\u00e9"],"b":1,"c":{"y":"\\\\/","z":0}}]');
    expect(responseSha256(JSON.parse(text))).toBe(createHash('sha256').update(text).digest('hex'));
  });
});
