"""coachlab on a JupyterHub: links for a room, and the room service that collects, live, the
answers learners chose to share. Nothing here is imported by a lesson on a laptop."""
