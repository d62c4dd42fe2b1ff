#!/usr/bin/env python3
"""Compose the labelled pairs and threads of seeds/corpus from the team's hand-written fragments (fragments.py).

Every reply is built from a label first (stance, tone, hard case, register) and then worded from fragments written
for that label, so the label is true by construction; heat is graded from the reply's markers. Deterministic
(fixed seed). Run from the repository root:  python3 seeds/corpus/compose/compose.py
"""
import json, os, random, re, sys
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(__file__))
import fragments as F

ROOT = os.path.join(os.path.dirname(__file__), "..")
rng = random.Random(20161124)

def cap(s): return s[:1].upper() + s[1:]
def fill(t, s): return t.replace("{S}", cap(s)).replace("{s}", s).replace("{insult}", rng.choice(F.INSULTS))
def words(t): return len(t.split())

def register_style(text, register):
    if register == "reddit":
        r = rng.random()
        if r < 0.35: text = text.lower()
        if r < 0.6 and text.endswith("."): text = text[:-1]
        if rng.random() < 0.3: text += " " + rng.choice(F.REDDIT_TAGS)
    elif register == "hn" and rng.random() < 0.4:
        text = rng.choice(["Minor nit: ", "In my experience, ", "Having worked on this: ", ""]) + text
    elif register == "forum" and rng.random() < 0.3:
        text = rng.choice(["IMHO ", "Well, ", "Hmm. ", ""]) + text
    return text

def body(pool, s, n):
    picks = rng.sample(pool, min(n, len(pool)))
    return " ".join(cap(fill(p, s)) for p in picks)

def sentences_for_length():
    r = rng.random()
    return 1 if r < 0.38 else 2 if r < 0.68 else rng.randint(3, 4) if r < 0.9 else rng.randint(6, 9)

def compose(stance, tone, hard, s, parent, register):
    """A reply with the given labels about subject s; returns (text, marker count for heat)."""
    n = sentences_for_length()
    markers = 0
    if stance == "agree":
        if hard == "rude-agree":
            text = fill(rng.choice(F.RUDE_AGREE), s); markers += 2
        elif hard == "third-party":
            text = fill(rng.choice(F.THIRD_PARTY), s)
        else:
            text = rng.choice(F.AGREE_OPENERS) + " " + body(F.SUPPORT, s, n - 1) if n > 1 or rng.random() < 0.5 else body(F.SUPPORT, s, 1)
    elif stance == "disagree":
        if hard == "partial":
            text = f"{fill(rng.choice(F.CONCESSIONS), s)}, but {fill(rng.choice(F.REBUT), s)}"
            if n > 1: text += " " + body(F.REBUT, s, n - 1)
        elif hard == "question-rebuttal":
            text = fill(rng.choice(F.QUESTION_REBUTTALS), s)
            if n > 2: text += " " + body(F.REBUT, s, n - 2)
        elif hard == "sarcastic-agree":
            text = fill(rng.choice(F.SARCASTIC_AGREEMENT), s); markers += 1
        elif hard == "quote-rebut":
            quoted = parent.split(". ")[0].rstrip(".")
            text = f"> {quoted}\n\n{cap(rng.choice(F.QUOTE_REBUT_ANSWERS))}"
            if n > 1: text += " " + body(F.REBUT, s, n - 1)
        elif hard == "polite-disagree":
            text = rng.choice(F.POLITE_OPENERS) + " " + fill(rng.choice(F.REBUT), s)
            if n > 1: text += " " + body(F.REBUT, s, n - 1)
        else:
            text = rng.choice(F.DISAGREE_OPENERS) + " " + body(F.REBUT, s, max(1, n - 1)) if rng.random() < 0.7 else body(F.REBUT, s, n)
    else:
        text = body(F.NEUTRAL, s, max(1, min(n, 3)))
    if tone == "civil":
        if rng.random() < 0.3 and stance != "neutral": text += " " + rng.choice(F.CIVIL_CLOSERS)
    elif tone == "snarky":
        k = 1 if rng.random() < 0.7 else 2
        pool = F.SNARK_WITH if stance == "agree" else F.SNARK_ASIDE if stance == "neutral" else F.SNARK
        for _ in range(k):
            snark = fill(rng.choice(pool), s)
            text = (snark + " " + text) if rng.random() < 0.4 else (text + " " + snark)
        markers += k
        if rng.random() < 0.25 and s in text:
            text = text.replace(s, f"“{s}”", 1); markers += 1
        if stance == "disagree" and rng.random() < 0.1: text += " [sic]"
    else:
        k = 1 if rng.random() < 0.75 else 2
        pool = F.RUDE_AGREE if stance == "agree" else F.HOSTILE_ASIDE if stance == "neutral" else F.HOSTILE_LINES
        lines = rng.sample(pool, k) if hard != "rude-agree" else []
        for line in lines:
            line = fill(line, s)
            text = (line + " " + text) if rng.random() < 0.4 else (text + " " + line)
            markers += 2 if ("f***" in line.lower() or "piss" in line.lower() or "dumbass" in line) else 1
    return register_style(text.strip(), register), markers

def heat_for(tone, stance, markers, hard):
    if tone == "civil":
        base = 0.06 if stance != "disagree" else 0.18
        if hard == "polite-disagree": base = 0.1
        return round(min(0.38, base + rng.uniform(0, 0.14)), 2)
    if tone == "snarky":
        return round(min(0.72, 0.32 + 0.09 * markers + rng.uniform(0, 0.14)), 2)
    return round(min(0.98, 0.6 + 0.08 * markers + rng.uniform(0, 0.15)), 2)

HARD_BY_STANCE = {
    "agree": [("none", 70), ("third-party", 12), ("rude-agree", 18)],
    "disagree": [("none", 30), ("partial", 14), ("question-rebuttal", 13), ("sarcastic-agree", 12), ("quote-rebut", 11), ("polite-disagree", 20)],
    "neutral": [("none", 75), ("overlap-neutral", 25)],
}

def pick(pairs): 
    r = rng.uniform(0, sum(w for _, w in pairs)); acc = 0
    for v, w in pairs:
        acc += w
        if r <= acc: return v
    return pairs[-1][0]

def labels():
    stance = pick([("agree", 28), ("neutral", 27), ("disagree", 45)])
    hard = pick(HARD_BY_STANCE[stance])
    if hard == "rude-agree": tone = "hostile"
    elif hard == "sarcastic-agree": tone = "snarky"
    elif hard == "polite-disagree": tone = "civil"
    elif stance == "neutral": tone = pick([("civil", 70), ("snarky", 25), ("hostile", 5)])
    else: tone = pick([("civil", 44), ("snarky", 30), ("hostile", 26)])
    return stance, tone, hard

class Dedup:
    """Rejects a reply whose word trigrams overlap an earlier one's by 0.6 or more (the checker fails at 0.7)."""
    def __init__(self): self.index, self.sets, self.seen = {}, [], set()
    @staticmethod
    def grams(t):
        w = re.findall(r"[\w']+", t.lower())
        return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)} if len(w) >= 8 else set()
    def accept(self, parent, text):
        key = (" ".join(re.findall(r"[\w']+", parent.lower())), " ".join(re.findall(r"[\w']+", text.lower())))
        if key in self.seen: return False
        g = self.grams(text)
        counts = {}
        for x in g:
            for j in self.index.get(x, ()): counts[j] = counts.get(j, 0) + 1
        if any(c / (len(g) + len(self.sets[j]) - c) >= 0.6 for j, c in counts.items()): return False
        self.seen.add(key); j = len(self.sets); self.sets.append(g)
        for x in g: self.index.setdefault(x, []).append(j)
        return True

def slug(t): return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:40]

def parent_variant(claim, s, register):
    r = rng.random()
    if r < 0.5: p = claim
    elif r < 0.8: p = claim + " " + cap(fill(rng.choice(F.SUPPORT), s))
    else: p = claim + " " + cap(fill(rng.choice(F.SUPPORT), s)) + " " + cap(fill(rng.choice(F.SUPPORT), s))
    return p.lower() if register == "reddit" and rng.random() < 0.3 else p

def compose_pairs(target, dedup):
    claims = [(topic, c, s) for topic, lst in F.CLAIMS.items() for c, s in lst]
    out, n, tries = [], 0, 0
    per_claim = target // len(claims) + 1
    for ci, (topic, claim, s) in enumerate(claims):
        split = "dev" if ci % 7 == 3 else "train"
        made = 0
        while made < per_claim and tries < target * 50:
            tries += 1
            register = pick([("reddit", 45), ("news", 30), ("forum", 12), ("hn", 13)])
            stance, tone, hard = labels()
            parent = parent_variant(claim, s, register)
            text, markers = compose(stance, tone, hard, s, parent, register)
            if hard == "none" and stance == "neutral" and s in text: hard = "overlap-neutral"
            if hard == "overlap-neutral" and s not in text: hard = "none"
            if not (3 <= words(text) <= 200) or not dedup.accept(parent, text): continue
            n += 1; made += 1
            out.append({"id": f"pz-{n:04d}", "parent": parent, "text": text, "stance": stance, "tone": tone,
                        "heat": heat_for(tone, stance, markers, hard), "split": split,
                        "group": f"{slug(s)}-{made // 10}", "topic": topic, "register": register, "hard": hard})
    return out

USERS = ["riverrat", "Margaret_H", "cdnguy77", "PolicyWonk", "Eli R.", "sandwichcrat", "old_timer", "JPK", "nadia_b",
         "TruthSeeker", "quietreader", "Dev Patel", "bluecollar", "marcus_aurelius", "Lena", "throwaway9", "GuyInOhio",
         "Skeptic42", "Rosa M.", "hawkeye", "the_real_tom", "Ingrid", "northsider", "KaiW", "Beth from Leeds"]

SHAPES = ["escalates"] * 12 + ["de-escalates"] * 8 + ["camps"] * 10 + ["calm"] * 10

def thread_labels(shape, depth, position, size, parent_label, same_camp):
    progress = position / max(1, size - 1)
    if shape == "escalates":
        heat = min(0.97, 0.08 + 0.11 * depth + 0.35 * progress + rng.uniform(-0.05, 0.08))
        stance = "disagree" if rng.random() < 0.72 else pick([("agree", 60), ("neutral", 40)])
    elif shape == "de-escalates":
        heat = max(0.04, 0.9 - 0.8 * progress - 0.04 * depth + rng.uniform(-0.06, 0.06))
        stance = pick([("disagree", 70), ("neutral", 15), ("agree", 15)]) if progress < 0.5 else pick([("agree", 50), ("neutral", 30), ("disagree", 20)])
    elif shape == "camps":
        heat = min(0.9, 0.15 + rng.uniform(0, 0.45) + (0.15 if not same_camp else 0))
        stance = "agree" if same_camp else "disagree"
        if rng.random() < 0.12: stance = "neutral"
    else:
        heat = rng.uniform(0.03, 0.3)
        stance = pick([("agree", 35), ("neutral", 35), ("disagree", 30)])
    tone = "civil" if heat < 0.33 else "snarky" if heat < 0.63 else "hostile"
    hard = pick(HARD_BY_STANCE[stance])
    if hard == "rude-agree" and tone != "hostile": hard = "none"
    if hard == "sarcastic-agree" and tone != "snarky": hard = "none"
    if hard == "polite-disagree" and tone != "civil": hard = "none"
    return stance, tone, hard

def compose_threads(dedup):
    claims = [(topic, c, s) for topic, lst in F.CLAIMS.items() for c, s in lst]
    picks = rng.sample(claims, 40)
    # The Libya "afterparty" and its Sahel aftermath get threads of their own.
    for i, key in enumerate(["the Libya intervention", "the Libyan afterparty", "Wagner in Mali"]):
        picks[i] = next(c for c in claims if c[2] == key)
    meta, comments = [], []
    shapes = SHAPES[:]; rng.shuffle(shapes)
    for t, ((topic, claim, s), shape) in enumerate(zip(picks, shapes)):
        tid = f"t{t + 1:02d}-{slug(s)[:24]}"
        split = "dev" if t % 7 == 6 else "train"
        article = claim + " " + cap(fill(rng.choice(F.SUPPORT), s))
        register = pick([("news", 50), ("reddit", 30), ("forum", 10), ("hn", 10)])
        size = rng.choice([rng.randint(8, 14), rng.randint(12, 25), rng.randint(20, 30)]) if t >= 3 else rng.randint(36, 55)
        users = rng.sample(USERS, rng.randint(3, 8))
        camp = {u: i % 2 for i, u in enumerate(users)}
        start = datetime(2016, 1, 1, tzinfo=timezone.utc) + timedelta(days=rng.randint(0, 2500), hours=rng.randint(6, 20))
        nodes = []  # (id, parentIndex, author, depth, text, time)
        meta.append({"threadId": tid, "title": cap(s), "article": article, "shape": shape, "split": split, "topic": topic})
        while len(nodes) < size:
            i = len(nodes)
            if i < 2 or rng.random() < 0.18:
                parent = -1
            elif rng.random() < 0.6:
                parent = i - 1  # continue the latest exchange
            else:
                parent = rng.randrange(i)
            if parent >= 0:
                p_author = nodes[parent][2]
                grand = nodes[parent][1]
                if grand >= 0 and rng.random() < 0.7 and nodes[grand][2] != p_author:
                    author = nodes[grand][2]  # back-and-forth
                else:
                    author = rng.choice([u for u in users if u != p_author])
                depth = nodes[parent][3] + 1
                parent_text = nodes[parent][4]
                when = nodes[parent][5] + timedelta(minutes=rng.randint(3, 300))
            else:
                author, depth, parent_text = rng.choice(users), 0, article
                when = start + timedelta(minutes=rng.randint(5, 600))
            same = parent >= 0 and camp[author] == camp[nodes[parent][2]]
            if parent < 0: same = camp[author] == 0
            stance, tone, hard = thread_labels(shape, depth, i, size, None, same)
            for _ in range(200):
                text, markers = compose(stance, tone, hard, s, parent_text, register)
                if parent >= 0 and rng.random() < 0.25:
                    text = f"@{nodes[parent][2]} " + text
                if 3 <= words(text) <= 200 and dedup.accept(parent_text, text): break
            heat = heat_for(tone, stance, markers, hard)
            cid = f"{tid[:3]}-c{i + 1:02d}"
            nodes.append((cid, parent, author, depth, text, when))
            comments.append({"id": cid, "threadId": tid, "parentId": nodes[parent][0] if parent >= 0 else None,
                             "author": author, "created": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text,
                             "parent": parent_text, "stance": stance, "tone": tone, "heat": heat, "split": split,
                             "group": tid, "topic": topic, "register": register, "hard": hard})
    return meta, comments

def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    dedup = Dedup()
    for line in open(os.path.join(ROOT, "seed-001.jsonl"), encoding="utf-8"):
        r = json.loads(line); dedup.accept(r["parent"], r["text"])
    meta, comments = compose_threads(dedup)
    pairs = compose_pairs(4300, dedup)
    write_jsonl(os.path.join(ROOT, "pairs", "composed.jsonl"), pairs)
    write_jsonl(os.path.join(ROOT, "threads.meta.jsonl"), meta)
    for m in meta:
        write_jsonl(os.path.join(ROOT, "threads", m["threadId"] + ".jsonl"), [c for c in comments if c["threadId"] == m["threadId"]])
    print(f"{len(pairs)} pairs, {len(meta)} threads, {len(comments)} thread comments")

if __name__ == "__main__":
    main()
