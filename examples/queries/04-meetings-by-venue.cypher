// Meetings per venue (city/site, or the country when no city is known), most used first,
// with the dates and statuses of the meetings held or planned there.
//   :param from => '2023'
//   :param to   => '2025-12-31'
// Note: a planned or postponed meeting may point HELD_IN to where it was supposed to take place.

MATCH (m:Meeting)-[:HELD_IN]->(v)
WHERE m.date >= $from AND m.date <= $to
WITH v, m ORDER BY m.date
RETURN coalesce(v.name, v.name_ar)                  AS venue,
       labels(v)[0]                                 AS kind,
       count(m)                                     AS meetings,
       collect(m.date + ' (' + coalesce(m.status, '?') + ')') AS dates
ORDER BY meetings DESC, venue;
