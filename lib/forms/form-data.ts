// Turns a submitted form into the plain object its zod schema reads. Field
// names are paths ("evidence.0.url"), so a schema error's path is also the
// name of the input to show it beside. Runs in the browser and on the server.
export type FormObject = { [key: string]: FormValue };
type FormValue = string | File | FormValue[] | FormObject;

const INDEX = /^\d+$/;

function setPath(target: FormObject | FormValue[], parts: string[], value: string | File): void {
  const [head, ...rest] = parts as [string, ...string[]];
  const holder = target as Record<string, FormValue>;
  if (rest.length === 0) {
    holder[head] = value;
    return;
  }
  holder[head] ??= INDEX.test(rest[0] as string) ? [] : {};
  setPath(holder[head] as FormObject | FormValue[], rest, value);
}

// Sparse arrays (a removed row leaves a gap) become dense, keeping order.
function compact(value: FormValue): FormValue {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (typeof value === 'object' && !(value instanceof File)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compact(v)]));
  }
  return value;
}

export function formDataToObject(formData: FormData): FormObject {
  const result: FormObject = {};
  for (const [name, value] of formData.entries()) {
    // React's own fields for server actions, not ours.
    if (name.startsWith('$ACTION')) continue;
    const parts = name.split('.');
    if (parts.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) continue;
    setPath(result, parts, value);
  }
  return compact(result) as FormObject;
}
