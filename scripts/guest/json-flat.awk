# json-flat.awk: flattens one JSON document into "<path>\t<value>" lines (busybox awk).
#
#   {"uuid":"u1","meta":{"uuid":"evil"},"keys":[{"data":"k"}]}
#   -> uuid<TAB>u1
#      meta.uuid<TAB>evil
#      keys.0.data<TAB>k
#
# Paths join object keys and array indexes with dots, so a key nested in "meta" can never be
# mistaken for a top-level one (sed over the whole text cannot tell them apart). Strings are
# unescaped (\uXXXX becomes "?"); numbers, true, false and null are printed as written. A
# string holding newlines gives one line per non-empty segment, all with the same path (how
# several authorized keys in one value come out).

function emit(v,    p, k, parts, m, j) {
  p = ""
  for (k = 1; k <= d; k++) p = p (k > 1 ? "." : "") K[k]
  m = split(v, parts, "\n")
  if (m == 0) print p "\t"
  for (j = 1; j <= m; j++) if (parts[j] != "" || m == 1) print p "\t" parts[j]
}

{ s = s $0 "\n" }

END {
  n = length(s)
  d = 0
  i = 1
  while (i <= n) {
    c = substr(s, i, 1)
    if (c == "\"") {
      v = ""
      i++
      while (i <= n) {
        c = substr(s, i, 1)
        if (c == "\\") {
          i++
          e = substr(s, i, 1)
          if (e == "n") v = v "\n"
          else if (e == "t") v = v "\t"
          else if (e == "r" || e == "b" || e == "f") v = v ""
          else if (e == "u") { v = v "?"; i += 4 }
          else v = v e
        } else if (c == "\"") break
        else v = v c
        i++
      }
      i++
      if (d > 0 && T[d] == "o" && W[d]) { K[d] = v; W[d] = 0 } else emit(v)
      continue
    }
    if (c == "{") { d++; T[d] = "o"; W[d] = 1; K[d] = "" }
    else if (c == "[") { d++; T[d] = "a"; K[d] = 0 }
    else if (c == "}" || c == "]") d--
    else if (c == ",") { if (T[d] == "a") K[d]++; else W[d] = 1 }
    else if (c ~ /[-0-9tfn]/) {
      v = ""
      while (i <= n && substr(s, i, 1) ~ /[-+.0-9a-zA-Z]/) { v = v substr(s, i, 1); i++ }
      emit(v)
      continue
    }
    i++
  }
}
