import { parse } from 'astrocite-ris';
const ris = `TY  - GEN
AU  - Tannock, Charles
AU  - ECR Group
AU  - European Parliament,
DA  - 2019/03/12/
PY  - 2019
PB  - European Parliament
TI  - Motion for a resolution on human rights situation in Kazakhstan
UR  - https://x.test/
L2  - https://y.test/
ER  - 
`;
console.log(JSON.stringify(parse(ris), null, 1));
import * as bib from '@retorquere/bibtex-parser';
const b = `@misc{b8_0205_2019,
	author = {Tannock, Charles and {\\v Z}it{\\v n}ansk{\\' a}, Jana and {ECR Group}},
	year = {2019},
	month = mar,
	date = {2019-03-12},
	publisher = {{European Parliament}},
	title = {Motion for a resolution on human rights situation in {Kazakhstan}},
}`;
console.log(Object.keys(bib));
const r = bib.parse(b);
console.log(JSON.stringify(r, null, 1).slice(0, 2500));
