#!/usr/bin/env python3
"""Install the KOMORAN jar into the local Maven repository.

KOMORAN is published only on JitPack (com.github.shin285:KOMORAN). Machines that reach Maven Central and
PyPI but not JitPack can still build hanex: the PyKomoran wheel on PyPI ships the very same jar
(PyKomoran/libs/KOMORAN-<version>.jar). This script fetches that wheel with pip, checks the jar's SHA-256
and writes it, with a minimal POM, under the JitPack coordinates into the local repository, exactly where
`mvn install:install-file` would put it. If the artifact is already there it does nothing.

Run by the komoran-bootstrap module in the `validate` phase; can also be run by hand:
    python3 komoran-bootstrap/install_komoran.py --repo ~/.m2/repository
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

GROUP = "com.github.shin285"
ARTIFACT = "KOMORAN"

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>{group}</groupId>
  <artifactId>{artifact}</artifactId>
  <version>{version}</version>
  <packaging>jar</packaging>
  <description>KOMORAN {version} (installed by hanex from the PyKomoran {pykomoran} wheel; the jar is self-contained)</description>
  <licenses><license><name>Apache License, Version 2.0</name></license></licenses>
</project>
"""


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fail(message):
    sys.stderr.write("[komoran-bootstrap] ERROR: " + message + "\n")
    sys.exit(1)


def fetch_wheel(pykomoran, work):
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--dest", work, "pykomoran==" + pykomoran]
    print("[komoran-bootstrap] " + " ".join(command), flush=True)
    try:
        subprocess.run(command, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        fail("could not download pykomoran==%s from PyPI (%s).\n"
             "  Either give this machine access to PyPI and a working `%s -m pip`, or download the jar\n"
             "  yourself and rerun the build with -Dkomoran.jar=/path/to/KOMORAN-<version>.jar."
             % (pykomoran, error, sys.executable))
    wheels = [name for name in os.listdir(work) if name.lower().endswith(".whl")]
    if not wheels:
        fail("pip reported success but left no wheel in " + work)
    return os.path.join(work, wheels[0])


def extract_jar(wheel, version, work):
    member = "PyKomoran/libs/%s-%s.jar" % (ARTIFACT, version)
    with zipfile.ZipFile(wheel) as archive:
        if member not in archive.namelist():
            jars = [n for n in archive.namelist() if n.endswith(".jar")]
            fail("%s does not contain %s (it has: %s). Set -Dkomoran.version / -Dpykomoran.version to a pair that "
                 "matches." % (os.path.basename(wheel), member, ", ".join(jars)))
        target = os.path.join(work, os.path.basename(member))
        with archive.open(member) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", required=True, help="local Maven repository (settings.localRepository)")
    parser.add_argument("--version", default="3.3.9", help="KOMORAN version")
    parser.add_argument("--pykomoran", default="0.1.6.post1", help="PyKomoran version that ships that jar")
    parser.add_argument("--sha256", default="", help="expected SHA-256 of the jar (empty: do not check)")
    parser.add_argument("--jar", default="", help="use this KOMORAN jar instead of downloading the wheel")
    args = parser.parse_args()

    folder = os.path.join(args.repo, *GROUP.split("."), ARTIFACT, args.version)
    jar_path = os.path.join(folder, "%s-%s.jar" % (ARTIFACT, args.version))
    pom_path = os.path.join(folder, "%s-%s.pom" % (ARTIFACT, args.version))
    if os.path.isfile(jar_path) and os.path.isfile(pom_path):
        if not args.sha256 or sha256(jar_path) == args.sha256:
            print("[komoran-bootstrap] %s:%s:%s is installed" % (GROUP, ARTIFACT, args.version))
            return
        print("[komoran-bootstrap] %s has an unexpected checksum; reinstalling" % jar_path)

    with tempfile.TemporaryDirectory(prefix="komoran-") as work:
        if args.jar and args.jar not in ("${komoran.jar}",):
            jar = args.jar
            if not os.path.isfile(jar):
                fail("-Dkomoran.jar=%s: no such file" % jar)
        else:
            jar = extract_jar(fetch_wheel(args.pykomoran, work), args.version, work)
        actual = sha256(jar)
        if args.sha256 and actual != args.sha256:
            fail("%s has SHA-256 %s, expected %s. Refusing to install an unknown jar." % (jar, actual, args.sha256))
        os.makedirs(folder, exist_ok=True)
        # Write to temporary names and rename, so an interrupted build never leaves half a jar behind.
        shutil.copyfile(jar, jar_path + ".part")
        with open(pom_path + ".part", "w", encoding="utf-8") as handle:
            handle.write(POM.format(group=GROUP, artifact=ARTIFACT, version=args.version, pykomoran=args.pykomoran))
        os.replace(jar_path + ".part", jar_path)
        os.replace(pom_path + ".part", pom_path)
    print("[komoran-bootstrap] installed %s:%s:%s into %s" % (GROUP, ARTIFACT, args.version, folder))


if __name__ == "__main__":
    main()
