#!/bin/sh
# /usr/bin/field-dossier: the frozen application lives in /opt/field-dossier.
exec /opt/field-dossier/field-dossier "$@"
