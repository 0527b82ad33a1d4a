#!/usr/bin/env python3
"""Checks every declaration of the Jenkins API shim against the real Jenkins sources.

For each shim class, src/test/resources/checked-against.tsv names the repository, tag and file of the real source.
The script reads that file with `git show TAG:PATH` from a local clone, extracts the declarations of both files
(types with their modifiers, type parameters and supertypes; constructors, methods and fields with their modifiers,
generics, parameter types and names and throws clauses; annotations, bodies and the shim's private members ignored) and reports any shim
declaration that the real file does not have, and any supertype the real type does not have. The shim may declare
fewer members and fewer supertypes than the real classes (code that compiles against it then compiles against the
real jars), never different ones.

Usage: command -p python3 jenkins-api-shim/check-against-sources.py CLONES
  CLONES: a folder holding a git clone of each repository, as CLONES/<owner>+<name>/repo or CLONES/<name>.
Exit code 0 when every declaration matches.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHIM = os.path.join(HERE, "src", "main", "java")
TABLE = os.path.join(HERE, "src", "test", "resources", "checked-against.tsv")


def clean(source):
    """Drops comments, string and character literals, and annotations."""
    code, i, n = [], 0, len(source)
    while i < n:
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
        elif source.startswith("/*", i):
            i = source.find("*/", i + 2) + 2
            code.append(" ")
        elif source.startswith('"""', i):
            i = source.find('"""', i + 3) + 3
            code.append('""')
        elif source[i] in "\"'":
            quote, i = source[i], i + 1
            while i < n and source[i] != quote:
                i += 2 if source[i] == "\\" else 1
            i += 1
            code.append(quote * 2)
        else:
            code.append(source[i])
            i += 1
    source = "".join(code)
    out, i = [], 0
    while i < len(source):
        match = re.match(r"@(?!interface\b)[A-Za-z_][\w.]*", source[i:])
        if match:
            i += match.end()
            j = i
            while j < len(source) and source[j].isspace():
                j += 1
            if j < len(source) and source[j] == "(":
                depth = 0
                while j < len(source):
                    depth += {"(": 1, ")": -1}.get(source[j], 0)
                    j += 1
                    if depth == 0:
                        break
                i = j
            continue
        out.append(source[i])
        i += 1
    return "".join(out)


def normalise(header):
    header = re.sub(r"\s+", " ", header).strip()
    header = re.sub(r"\s*([<>(),\[\]?&])\s*", r"\1", header)
    header = re.sub(r"(?<=[(,])final ", "", header)
    header = header.replace("...", "[]...")
    return header


def skip_block(text, i):
    depth = 0
    while i < len(text):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
        if depth == 0:
            return i
    return i


TYPE = re.compile(r"(?:^|\s)(class|interface|@interface|enum|record)\s+(\w+)")


def declarations(text, prefix="", found=None):
    """Maps a key (owner + declaration) to the normalised declaration, recursing into nested types."""
    found = {} if found is None else found
    segment, i = "", 0
    while i < len(text):
        c = text[i]
        if c == "{":
            header = segment.strip()
            kind = TYPE.search(header)
            if kind and "=" not in header and "(" not in header.split(kind.group(2))[0]:
                name = kind.group(2)
                found[prefix + name] = normalise(header)
                end = skip_block(text, i)
                declarations(text[i + 1 : end - 1], prefix + name + ".", found)
                i, segment = end, ""
                continue
            if "=" in header and ("(" not in header or header.index("=") < header.index("(")):
                end = skip_block(text, i)  # anonymous class or array initialiser of a field
                segment += " "
                i = end
                continue
            if "(" in header:
                found[prefix + normalise(header)] = normalise(header)
            i, segment = skip_block(text, i), ""
            continue
        if c == ";":
            header = segment.strip()
            if "=" in header and ("(" not in header or header.index("=") < header.index("(")):
                header = header[: header.index("=")]
            if header and not header.startswith(("package", "import")):
                found[prefix + normalise(header)] = normalise(header)
            segment = ""
        elif c == "}":
            segment = ""
        else:
            segment += c
        i += 1
    return found


def split_type(header):
    """Splits a type header into (head, supertypes)."""
    depth, cut = 0, None
    for index, c in enumerate(header):
        depth += {"<": 1, ">": -1}.get(c, 0)
        if depth == 0 and index > 0 and header[index - 1] in " >" and (
                header.startswith("extends ", index) or header.startswith("implements ", index)):
            cut = index
            break
    if cut is None:
        return header, set()
    head, rest = header[:cut].strip(), header[cut:]
    supers, depth, current = set(), 0, ""
    for c in re.sub(r"(extends|implements) ", ",", rest).strip(","):
        depth += {"<": 1, ">": -1}.get(c, 0)
        if c == "," and depth == 0:
            supers.add(current.strip())
            current = ""
        else:
            current += c
    supers.add(current.strip())
    return head, {s for s in supers if s}


def git_dir(clones, repository):
    owner, name = repository.split("/")
    for candidate in (os.path.join(clones, owner + "+" + name, "repo"), os.path.join(clones, name)):
        if os.path.isdir(candidate):
            return candidate
    sys.exit("No clone of " + repository + " under " + clones)


def main(clones):
    problems, checked, private = 0, 0, 0
    rows = [line.rstrip("\n").split("\t") for line in open(TABLE) if line.strip() and not line.startswith("#")]
    files = {}
    for shim_class, repository, tag, path in rows:
        top = shim_class.split("$")[0]
        files.setdefault(top, (repository, tag, path))
    for top, (repository, tag, path) in sorted(files.items()):
        shim_file = os.path.join(SHIM, top.replace(".", os.sep) + ".java")
        real_source = subprocess.run(
            ["git", "-C", git_dir(clones, repository), "show", tag + ":" + path],
            capture_output=True, text=True, check=True).stdout
        shim = declarations(clean(open(shim_file).read()))
        real = declarations(clean(real_source))
        for key, declaration in shim.items():
            if declaration.startswith("private "):
                private += 1
                continue
            checked += 1
            real_declaration = real.get(key)
            if TYPE.search(declaration) and real_declaration:
                head, supers = split_type(declaration)
                real_head, real_supers = split_type(real_declaration)
                if head != real_head or not supers <= real_supers:
                    problems += 1
                    print(f"DIFFERS {top}: {declaration}\n   real: {real_declaration}")
            elif real_declaration != declaration:
                problems += 1
                print(f"MISSING {top}: {declaration}  (not in {repository}@{tag}:{path})")
    print(f"{checked} declarations of {len(files)} files checked, {problems} differ"
          f" ({private} private members of the shim, which are not API, not checked)")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
