import { TicketDetail } from "./tickets/ticket-detail";
import { TicketList } from "./tickets/ticket-list";
import "./tickets/tickets.css";

/** /tickets (list, filters, new ticket) and /tickets/:id (routing reason, SLA clocks, controls, replies). */
export function TicketsPage({ id }: { id: string | null }) {
  return id ? <TicketDetail id={id} /> : <TicketList />;
}
