/*
 * gist.c
 *		GiST support for sanctions.name_gist_ops: % and KNN ordering by <->.
 *
 * A leaf stores the name's index keys themselves (sorted, as varbyte
 * deltas: about as small as a signature), so that its bound is the one GIN
 * computes, from the keys the row has; a name with too many keys for that
 * stores a signature instead.  A signature is the keys hashed into a bit
 * string (siglen bytes, an opclass option), two bits per key; an inner
 * entry stores the OR of its children's.  For a query, a set bit means
 * "this key may be present below"; sn_bound() over the keys present or
 * possibly present bounds the score of every row below from above, so
 *	- consistent keeps an entry when the bound reaches the threshold;
 *	- distance returns 1 - bound, a true lower bound of 1 - similarity for
 *	  every row below, and asks the executor to recheck the exact distance,
 *	  which keeps ORDER BY name <-> query LIMIT k exact.
 */
#include "sn_pg.h"

#include <limits.h>

#include "access/gist.h"
#include "access/reloptions.h"
#include "access/stratnum.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"

#include "sn_index.h"

PG_FUNCTION_INFO_V1(sanctions_gist_sig_in);
PG_FUNCTION_INFO_V1(sanctions_gist_sig_out);
PG_FUNCTION_INFO_V1(sanctions_gist_compress);
PG_FUNCTION_INFO_V1(sanctions_gist_decompress);
PG_FUNCTION_INFO_V1(sanctions_gist_consistent);
PG_FUNCTION_INFO_V1(sanctions_gist_distance);
PG_FUNCTION_INFO_V1(sanctions_gist_union);
PG_FUNCTION_INFO_V1(sanctions_gist_same);
PG_FUNCTION_INFO_V1(sanctions_gist_penalty);
PG_FUNCTION_INFO_V1(sanctions_gist_picksplit);
PG_FUNCTION_INFO_V1(sanctions_gist_options);

#define SIGLEN_DEFAULT	64		/* bytes: 512 bits, room for long names */
#define SIGLEN_MAX		GISTMaxIndexKeySize

typedef struct SnGistOptions
{
	int32		vl_len_;
	int			siglen;
} SnGistOptions;

#define GET_SIGLEN() (PG_HAS_OPCLASS_OPTIONS() ? \
					  ((SnGistOptions *) PG_GET_OPCLASS_OPTIONS())->siglen : \
					  SIGLEN_DEFAULT)

#define SIG_ALLTRUE 0x01			/* an inner signature with every bit set */
#define SIG_KEYS	0x02			/* a leaf's keys, not a signature */

/*
 * A leaf stores its keys when they take at most this many bytes encoded
 * (a name of some 150 keys, far within an index tuple's limit); a longer
 * name, of dozens of distinct words, stores a signature: its bound is
 * looser, but such names are rare on a list.
 */
#define KEYS_MAX_BYTES	512

typedef struct SnSig
{
	int32		vl_len_;
	uint8		flag;
	uint8		pad[3];
	uint8		bits[FLEXIBLE_ARRAY_MEMBER];
} SnSig;

#define SIG_HDRSZ			offsetof(SnSig, bits)
#define SIG_ISALLTRUE(s)	(((s)->flag & SIG_ALLTRUE) != 0)
#define SIG_ISKEYS(s)		(((s)->flag & SIG_KEYS) != 0)
#define DatumGetSnSig(d)	((SnSig *) PG_DETOAST_DATUM(d))

static SnSig *
sig_new(int siglen, bool alltrue)
{
	int			size = SIG_HDRSZ + (alltrue ? 0 : siglen);
	SnSig	   *s = palloc0(size);

	SET_VARSIZE(s, size);
	s->flag = alltrue ? SIG_ALLTRUE : 0;
	return s;
}

static inline bool
sig_bit(const SnSig *s, uint32 bit)
{
	return SIG_ISALLTRUE(s) || (s->bits[bit >> 3] & (1 << (bit & 7))) != 0;
}

static bool
sig_full(const SnSig *s, int siglen)
{
	int			i;

	for (i = 0; i < siglen; i++)
		if (s->bits[i] != 0xFF)
			return false;
	return true;
}

static inline void
sig_set(SnSig *s, uint32 key, int siglen)
{
	uint32		b1,
				b2;

	sn_key_bits(key, siglen * 8, &b1, &b2);
	s->bits[b1 >> 3] |= 1 << (b1 & 7);
	s->bits[b2 >> 3] |= 1 << (b2 & 7);
}

static SnSig *
keys_new(const uint32_t *keys, int nk, int bytes)
{
	SnSig	   *s = palloc0(SIG_HDRSZ + bytes);
	int			written PG_USED_FOR_ASSERTS_ONLY;

	SET_VARSIZE(s, SIG_HDRSZ + bytes);
	s->flag = SIG_KEYS;
	written = sn_keys_encode(keys, nk, s->bits);
	Assert(written == bytes);
	return s;
}

#define KEYS_END(s)		((const uint8 *) (s) + VARSIZE(s))

/*
 * The signature of an entry: itself, or for a leaf's keys a signature
 * made of them (for union, penalty and split, which compare signatures).
 */
static SnSig *
sig_of(SnSig *s, int siglen)
{
	SnSig	   *r;
	const uint8 *p;
	uint32		key = 0;

	if (!SIG_ISKEYS(s))
		return s;
	r = sig_new(siglen, false);
	p = s->bits;
	while (sn_keys_next(&p, KEYS_END(s), &key))
		sig_set(r, key, siglen);
	return r;
}

/* signatures have no text form: they exist only inside the index */
Datum
sanctions_gist_sig_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("cannot accept a value of type sanctions.gist_sig")));
	PG_RETURN_VOID();
}

Datum
sanctions_gist_sig_out(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("cannot display a value of type sanctions.gist_sig")));
	PG_RETURN_VOID();
}

Datum
sanctions_gist_options(PG_FUNCTION_ARGS)
{
	local_relopts *relopts = (local_relopts *) PG_GETARG_POINTER(0);

	init_local_reloptions(relopts, sizeof(SnGistOptions));
	add_local_int_reloption(relopts, "siglen",
							"signature length in bytes",
							SIGLEN_DEFAULT, 8, SIGLEN_MAX,
							offsetof(SnGistOptions, siglen));
	PG_RETURN_VOID();
}

Datum
sanctions_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	int			siglen = GET_SIGLEN();
	GISTENTRY  *retval = entry;

	if (entry->leafkey)
	{
		sn_name		n;
		uint32_t   *keys;
		int			nk,
					bytes,
					i;
		SnSig	   *s;

		sn_pg_prepare(DatumGetTextPP(entry->key), &n);
		keys = palloc(sizeof(uint32_t) * sn_name_max_keys(&n));
		nk = sn_name_keys(&n, keys);
		bytes = sn_keys_encoded_size(keys, nk);
		if (bytes <= KEYS_MAX_BYTES)
			s = keys_new(keys, nk, bytes);
		else
		{
			s = sig_new(siglen, false);
			for (i = 0; i < nk; i++)
				sig_set(s, keys[i], siglen);
		}
		pfree(keys);
		sn_name_free(&n);
		retval = palloc(sizeof(GISTENTRY));
		gistentryinit(*retval, PointerGetDatum(s), entry->rel, entry->page,
					  entry->offset, false);
	}
	else
	{
		SnSig	   *s = DatumGetSnSig(entry->key);

		/* an inner signature with every bit set: store it as ALLTRUE */
		if (!SIG_ISALLTRUE(s) && !SIG_ISKEYS(s) && sig_full(s, siglen))
		{
			retval = palloc(sizeof(GISTENTRY));
			gistentryinit(*retval, PointerGetDatum(sig_new(siglen, true)),
						  entry->rel, entry->page, entry->offset, false);
		}
	}
	PG_RETURN_POINTER(retval);
}

Datum
sanctions_gist_decompress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	SnSig	   *s = DatumGetSnSig(entry->key);

	if (s != (SnSig *) DatumGetPointer(entry->key))
	{
		GISTENTRY  *retval = palloc(sizeof(GISTENTRY));

		gistentryinit(*retval, PointerGetDatum(s), entry->rel, entry->page,
					  entry->offset, false);
		PG_RETURN_POINTER(retval);
	}
	PG_RETURN_POINTER(entry);
}

/*
 * The prepared query of a scan, cached in fn_extra: prepared again only
 * when the query value (or strategy) changes, e.g. on a rescan in a join.
 */
typedef struct GistQueryCache
{
	StrategyNumber strategy;
	int			siglen;
	bytea	   *query;			/* copy of the query value */
	SnIndexQuery *iq;
	uint32	   *bitpos;			/* the two signature bits of each plan key */
	float4		threshold;		/* the threshold read when prepared */
} GistQueryCache;

static GistQueryCache *
gist_query(FunctionCallInfo fcinfo, Datum query, StrategyNumber strategy, int siglen)
{
	GistQueryCache *qc = (GistQueryCache *) fcinfo->flinfo->fn_extra;
	struct varlena *v = PG_DETOAST_DATUM(query);
	MemoryContext old;
	int			i;

	if (qc != NULL && qc->strategy == strategy && qc->siglen == siglen &&
		VARSIZE(qc->query) == VARSIZE(v) &&
		memcmp(qc->query, v, VARSIZE(v)) == 0 &&
		(strategy == SN_STRATEGY_SIMILAR_QUERY || qc->threshold == (float4) sn_threshold))
		return qc;

	/*
	 * Another query (a rescan of the inner side of a join): the previous
	 * one's memory goes, or a join of many rows would keep every plan and
	 * its memo until the end of the statement.
	 */
	if (qc != NULL)
	{
		sn_index_query_free(qc->iq);
		pfree(qc->query);
		pfree(qc->bitpos);
		pfree(qc);
		fcinfo->flinfo->fn_extra = NULL;
	}
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	qc = palloc0(sizeof(GistQueryCache));
	qc->strategy = strategy;
	qc->siglen = siglen;
	qc->query = palloc(VARSIZE(v));
	memcpy(qc->query, v, VARSIZE(v));
	qc->iq = sn_index_query(PointerGetDatum(qc->query), strategy);
	qc->threshold = (float4) sn_threshold;
	qc->bitpos = palloc(sizeof(uint32) * 2 * (qc->iq->plan.nkeys + 1));
	for (i = 0; i < qc->iq->plan.nkeys; i++)
		sn_key_bits(qc->iq->plan.keys[i], siglen * 8, &qc->bitpos[2 * i], &qc->bitpos[2 * i + 1]);
	fcinfo->flinfo->fn_extra = qc;
	MemoryContextSwitchTo(old);
	return qc;
}

/*
 * Which of the query's keys a row under this entry may have, into
 * qc->iq->present: from a leaf's keys, those the row has; from a
 * signature, those whose two bits are set.
 */
static void
gist_present(GistQueryCache *qc, const SnSig *s)
{
	SnIndexQuery *iq = qc->iq;
	int			nq = iq->plan.nkeys,
				i;

	if (SIG_ISKEYS(s))
		sn_plan_mark_encoded(&iq->plan, s->bits, KEYS_END(s), iq->present);
	else
		for (i = 0; i < nq; i++)
			iq->present[i] = sig_bit(s, qc->bitpos[2 * i]) && sig_bit(s, qc->bitpos[2 * i + 1]);
}

Datum
sanctions_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	GistQueryCache *qc = gist_query(fcinfo, PG_GETARG_DATUM(1), strategy, GET_SIGLEN());
	SnSig	   *s = DatumGetSnSig(entry->key);

	/* the bound is no score: the operator decides on the heap row */
	*recheck = true;
	gist_present(qc, s);
	PG_RETURN_BOOL(sn_index_may_match(qc->iq, qc->iq->present));
}

Datum
sanctions_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	GistQueryCache *qc = gist_query(fcinfo, PG_GETARG_DATUM(1), strategy, GET_SIGLEN());
	SnSig	   *s = DatumGetSnSig(entry->key);
	double		ub,
				d;

	/*
	 * A lower bound of 1 - similarity for every row below; the executor
	 * recomputes the exact distance of each row (recheck), so the slack
	 * only costs a little ordering work, never exactness.
	 */
	*recheck = true;
	gist_present(qc, s);
	ub = sn_bound_memo(&qc->iq->plan, qc->iq->present);

	/*
	 * A bound of exactly 0 says that no word below can meet any of the
	 * query's, and the score of every such row is exactly 0 (a property of
	 * the bound that the unit checks and the fuzzer hold): the distance is
	 * exactly 1, with no slack.  When fewer than k rows resemble the query
	 * at all (a vessel's number, a rare code), the rows at distance 1 then
	 * come out as soon as the scan reaches them, instead of after the
	 * recheck of every row of the index, each of which a bound of 1 less
	 * the slack would leave possibly nearer.
	 */
	if (ub == 0.0)
		PG_RETURN_FLOAT8(1.0);
	d = 1.0 - ub - SN_BOUND_SLACK;
	PG_RETURN_FLOAT8(d < 0.0 ? 0.0 : d);
}

Datum
sanctions_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *size = (int *) PG_GETARG_POINTER(1);
	int			siglen = GET_SIGLEN();
	SnSig	   *result = sig_new(siglen, false);
	int			i,
				j;

	for (i = 0; i < entryvec->n; i++)
	{
		SnSig	   *s = sig_of(DatumGetSnSig(entryvec->vector[i].key), siglen);

		if (SIG_ISALLTRUE(s))
		{
			result = sig_new(siglen, true);
			break;
		}
		for (j = 0; j < siglen; j++)
			result->bits[j] |= s->bits[j];
	}
	if (!SIG_ISALLTRUE(result) && sig_full(result, siglen))
		result = sig_new(siglen, true);
	*size = VARSIZE(result);
	PG_RETURN_POINTER(result);
}

Datum
sanctions_gist_same(PG_FUNCTION_ARGS)
{
	SnSig	   *a = DatumGetSnSig(PG_GETARG_DATUM(0));
	SnSig	   *b = DatumGetSnSig(PG_GETARG_DATUM(1));
	bool	   *result = (bool *) PG_GETARG_POINTER(2);
	int			siglen = GET_SIGLEN();

	if (SIG_ISKEYS(a) || SIG_ISKEYS(b))
		*result = VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
	else if (SIG_ISALLTRUE(a) || SIG_ISALLTRUE(b))
		*result = SIG_ISALLTRUE(a) && SIG_ISALLTRUE(b);
	else
		*result = memcmp(a->bits, b->bits, siglen) == 0;
	PG_RETURN_POINTER(result);
}

/*
 * Bits set in b and not in a (only_new: what b would add to the union a),
 * or set in one and not the other; eight bytes at a time, since this runs
 * for every entry on every insert and in every split.
 */
static int
sig_count(const SnSig *a, const SnSig *b, int siglen, bool only_new)
{
	int			i,
				n = 0;

	for (i = 0; i + 8 <= siglen; i += 8)
	{
		uint64		x,
					y;

		memcpy(&x, a->bits + i, 8);
		memcpy(&y, b->bits + i, 8);
		/* b's new bits are the differing bits that b has */
		n += pg_popcount64((x ^ y) & (only_new ? y : ~UINT64CONST(0)));
	}
	for (; i < siglen; i++)
		n += pg_popcount32((uint32) ((a->bits[i] ^ b->bits[i]) &
									 (only_new ? b->bits[i] : 0xFF)));
	return n;
}

/* Bits b would add to a (a is the existing union). */
static int
sig_growth(const SnSig *a, const SnSig *b, int siglen)
{
	if (SIG_ISALLTRUE(a))
		return 0;
	if (SIG_ISALLTRUE(b))
		return siglen * 8;
	return sig_count(a, b, siglen, true);
}

static int
sig_hamming(const SnSig *a, const SnSig *b, int siglen)
{
	if (SIG_ISALLTRUE(a) || SIG_ISALLTRUE(b))
		return SIG_ISALLTRUE(a) && SIG_ISALLTRUE(b) ? 0 : siglen * 4;
	return sig_count(a, b, siglen, false);
}

Datum
sanctions_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	int			siglen = GET_SIGLEN();
	SnSig	   *orig = DatumGetSnSig(origentry->key),
			   *add = DatumGetSnSig(newentry->key);

	/*
	 * An insert asks for the penalty of one new leaf's keys against every
	 * entry of each inner page on its way down: make their signature once.
	 */
	if (SIG_ISKEYS(add))
	{
		SnSig	   *cached = (SnSig *) fcinfo->flinfo->fn_extra;

		if (cached == NULL || VARSIZE(cached) != VARSIZE(add) ||
			memcmp(cached, add, VARSIZE(add)) != 0)
		{
			MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
			SnSig	   *sig = sig_of(add, siglen);

			if (cached != NULL)
				pfree(cached);
			/* the keys, then their signature */
			cached = palloc(MAXALIGN(VARSIZE(add)) + VARSIZE(sig));
			memcpy(cached, add, VARSIZE(add));
			memcpy((char *) cached + MAXALIGN(VARSIZE(add)), sig, VARSIZE(sig));
			/* (fn_mcxt lives as long as the index build or the insert) */
			pfree(sig);
			fcinfo->flinfo->fn_extra = cached;
			MemoryContextSwitchTo(old);
		}
		add = (SnSig *) ((char *) cached + MAXALIGN(VARSIZE(cached)));
	}
	*penalty = (float) sig_growth(sig_of(orig, siglen), add, siglen);
	PG_RETURN_POINTER(penalty);
}

static void
sig_or_into(SnSig **acc, const SnSig *s, int siglen)
{
	int			j;

	if (SIG_ISALLTRUE(*acc))
		return;
	if (SIG_ISALLTRUE(s))
	{
		*acc = sig_new(siglen, true);
		return;
	}
	for (j = 0; j < siglen; j++)
		(*acc)->bits[j] |= s->bits[j];
}

/*
 * Split: the two entries farthest apart (Hamming) seed the halves.  Every
 * entry is ranked by how much closer it is to the left seed than to the
 * right one, and the ranking is cut in the middle.  Balanced halves keep
 * the tree shallow: assigning by union growth alone sends nearly every
 * entry to the side whose union already covers most bits.
 */
typedef struct split_item
{
	OffsetNumber off;
	int			cost;			/* distance to left seed - to right seed */
} split_item;

static int
split_item_cmp(const void *a, const void *b)
{
	const split_item *x = a,
			   *y = b;

	if (x->cost != y->cost)
		return x->cost - y->cost;
	return (int) x->off - (int) y->off;
}

Datum
sanctions_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	int			siglen = GET_SIGLEN();
	OffsetNumber maxoff = entryvec->n - 1;
	OffsetNumber i,
				j,
				seed_l = FirstOffsetNumber,
				seed_r = FirstOffsetNumber + 1;
	int			worst = -1,
				nitems = 0,
				k;
	SnSig	   *left,
			   *right,
			   *union_l,
			   *union_r;
	SnSig	  **sigs;
	split_item *items;

	v->spl_left = palloc(sizeof(OffsetNumber) * (maxoff + 1));
	v->spl_right = palloc(sizeof(OffsetNumber) * (maxoff + 1));
	v->spl_nleft = v->spl_nright = 0;

	/* a leaf page's entries are keys: compare their signatures */
	sigs = palloc(sizeof(SnSig *) * (maxoff + 1));
	for (i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
		sigs[i] = sig_of(DatumGetSnSig(entryvec->vector[i].key), siglen);

	for (i = FirstOffsetNumber; i < maxoff; i = OffsetNumberNext(i))
	{
		SnSig	   *a = sigs[i];

		for (j = OffsetNumberNext(i); j <= maxoff; j = OffsetNumberNext(j))
		{
			int			d = sig_hamming(a, sigs[j], siglen);

			if (d > worst)
			{
				worst = d;
				seed_l = i;
				seed_r = j;
			}
		}
		CHECK_FOR_INTERRUPTS();
	}
	left = sigs[seed_l];
	right = sigs[seed_r];

	items = palloc(sizeof(split_item) * (maxoff + 1));
	for (i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		SnSig	   *s = sigs[i];

		items[nitems].off = i;
		if (i == seed_l)
			items[nitems].cost = INT_MIN / 2;
		else if (i == seed_r)
			items[nitems].cost = INT_MAX / 2;
		else
			items[nitems].cost = sig_hamming(left, s, siglen) - sig_hamming(right, s, siglen);
		nitems++;
	}
	qsort(items, nitems, sizeof(split_item), split_item_cmp);

	union_l = sig_new(siglen, false);
	union_r = sig_new(siglen, false);
	for (k = 0; k < nitems; k++)
	{
		SnSig	   *s = sigs[items[k].off];

		if (k < nitems / 2)
		{
			v->spl_left[v->spl_nleft++] = items[k].off;
			sig_or_into(&union_l, s, siglen);
		}
		else
		{
			v->spl_right[v->spl_nright++] = items[k].off;
			sig_or_into(&union_r, s, siglen);
		}
	}
	if (!SIG_ISALLTRUE(union_l) && sig_full(union_l, siglen))
		union_l = sig_new(siglen, true);
	if (!SIG_ISALLTRUE(union_r) && sig_full(union_r, siglen))
		union_r = sig_new(siglen, true);
	v->spl_ldatum = PointerGetDatum(union_l);
	v->spl_rdatum = PointerGetDatum(union_r);
	PG_RETURN_POINTER(v);
}
