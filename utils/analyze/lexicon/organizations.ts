import { words } from './words';

/** Words that make a capitalized run an organization or place, not a person. */
export const orgWords = words(`
  house union states state council ministry party court university college school bank street
  road river kingdom republic federation department committee agency company group corp
  corporation inc ltd plc llc association institute foundation office police service services
  army navy force forces club united city county hospital times post news journal airlines
  airways airport stadium center centre park commission authority board fund organization
  organisation senate congress parliament assembly cup league championship olympics games
  museum church square island islands sea ocean mountains valley bay coast region province
  government administration partners holdings technologies systems energy motors labs press
  exchange market reserve treasury bureau lab laboratory network media studios records
  festival award awards prize act bill war day week hall tower bridge station line avenue east
  west north south nations pharmaceuticals health trust society alliance coalition front
  guardian telegraph herald tribune gazette daily weekly magazine review lane drive mall hotel
  restaurant cafe theatre theater gallery library zoo prison jail crown high supreme federal
  national international global world security fc afc rovers athletic wanderers town borough
  district lake mount cathedral airbase base port harbour harbor canal gulf peninsula desert
  forest ai app series stakes open prix grand tour marathon index dow nasdaq ftse nikkei
  capital ventures motor foods
`);
