import { readSearch } from "../../router";
import { ConceptDetail } from "./signals/concept-detail";
import { ConceptList } from "./signals/concept-list";
import "./signals/signals.css";

// /concepts lists them; /concepts?concept=<id> shows one (the router remounts the page on navigation).
export function ConceptsPage() {
  const id = readSearch().get("concept");
  return id ? <ConceptDetail id={id} /> : <ConceptList />;
}
