# The hub's image for Zero to JupyterHub, with coachlab's code for the room service (which runs
# beside the hub, in its pod). Build from the repository's root, at the tag your links use:
#   docker build -f deploy/z2jh/hub.Dockerfile --build-arg CHART_VERSION=4.2.0 -t REGISTRY/coachlab-hub:TAG .
# The room service needs only the standard library, tornado and jupyterhub, all in the hub image.
ARG CHART_VERSION
FROM quay.io/jupyterhub/k8s-hub:${CHART_VERSION}
COPY src/ /srv/coachlab/src/
