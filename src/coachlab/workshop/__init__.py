"""The workshop kit: agendas and activities as data (content/workshop/), the guide's sections
made from them, and the handouts (``make handouts``)."""
