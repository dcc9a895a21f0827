// Compile the app's Python to bytecode with the app's own Pyodide, so that the browser
// does not compile IPython and the standard library from source on every visit.
// node lite_compile.mjs PYODIDE_DIR FILE...   (wheels and python_stdlib.zip, rewritten in place)
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, ...files] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(resolve(dir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: resolve(dir) + "/" });
py.runPython(`
import importlib.util, io, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

TAG = sys.implementation.cache_tag
SITE = f"/lib/python{sys.version_info[0]}.{sys.version_info[1]}/site-packages/"

def _pyc(source, filename):
    code = compile(source, filename, "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))

def compile_archive(path, stdlib):
    """The archive with an unchecked-hash .pyc for each .py: beside it in the standard
    library's zip (where zipimport looks), in __pycache__ in a wheel (where import looks)."""
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    out = io.BytesIO()
    names = set(src.namelist())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body)
            if not info.filename.endswith(".py"):
                continue
            stem = info.filename[:-3]
            if stdlib:
                target, origin = stem + ".pyc", "/lib/python314.zip/" + info.filename
            else:
                head, _, base = stem.rpartition("/")
                target = (head + "/" if head else "") + f"__pycache__/{base}.{TAG}.pyc"
                origin = SITE + info.filename
            if target in names:
                continue
            try:
                pyc = _pyc(body, origin)
            except SyntaxError:
                continue  # a file never imported (templates, tests for older Pythons)
            zinfo = zipfile.ZipInfo(target, info.date_time)
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zinfo, pyc)
    with open(path, "wb") as f:
        f.write(out.getvalue())
`);
const compileArchive = py.globals.get("compile_archive");
for (const file of files) {
  const stdlib = file.endsWith("python_stdlib.zip");
  py.FS.writeFile("/tmp/archive", readFileSync(file));
  compileArchive("/tmp/archive", stdlib);
  writeFileSync(file, py.FS.readFile("/tmp/archive"));
  console.log(file);
}
