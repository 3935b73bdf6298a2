/*
 * gist.c
 *		GiST support for sanctions.name_gist_ops: % and KNN ordering by <->.
 *
 * A leaf stores a signature: the name's index keys hashed into a bit
 * string (siglen bytes, an opclass option), two bits per key.  An inner entry stores the OR
 * of its children.  For a query, a set bit means "this key may be present
 * below"; sn_bound() over those keys bounds the score of every row below
 * from above, so
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

#define SIG_ALLTRUE 0x01

typedef struct SnSig
{
	int32		vl_len_;
	uint8		flag;
	uint8		pad[3];
	uint8		bits[FLEXIBLE_ARRAY_MEMBER];
} SnSig;

#define SIG_HDRSZ			offsetof(SnSig, bits)
#define SIG_ISALLTRUE(s)	(((s)->flag & SIG_ALLTRUE) != 0)
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
					i;
		SnSig	   *s = sig_new(siglen, false);

		sn_pg_prepare(DatumGetTextPP(entry->key), &n);
		keys = palloc(sizeof(uint32_t) * sn_name_max_keys(&n));
		nk = sn_name_keys(&n, keys);
		for (i = 0; i < nk; i++)
		{
			uint32		b1,
						b2;

			sn_key_bits(keys[i], siglen * 8, &b1, &b2);
			s->bits[b1 >> 3] |= 1 << (b1 & 7);
			s->bits[b2 >> 3] |= 1 << (b2 & 7);
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
		if (!SIG_ISALLTRUE(s) && sig_full(s, siglen))
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

/* Bound of the score of any row under this signature. */
static double
gist_bound(GistQueryCache *qc, const SnSig *s)
{
	SnIndexQuery *iq = qc->iq;
	int			i;

	for (i = 0; i < iq->plan.nkeys; i++)
		iq->present[i] = sig_bit(s, qc->bitpos[2 * i]) && sig_bit(s, qc->bitpos[2 * i + 1]);
	return sn_bound(&iq->plan, iq->present);
}

Datum
sanctions_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	GistQueryCache *qc = gist_query(fcinfo, PG_GETARG_DATUM(1), strategy, GET_SIGLEN());
	SnSig	   *s = DatumGetSnSig(entry->key);

	/* signatures are lossy: the operator decides on the heap row */
	*recheck = true;
	PG_RETURN_BOOL(gist_bound(qc, s) + SN_BOUND_SLACK >= (double) qc->iq->threshold);
}

Datum
sanctions_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	GistQueryCache *qc = gist_query(fcinfo, PG_GETARG_DATUM(1), strategy, GET_SIGLEN());
	SnSig	   *s = DatumGetSnSig(entry->key);
	double		d;

	/*
	 * A lower bound of 1 - similarity for every row below; the executor
	 * recomputes the exact distance of each row (recheck), so the slack
	 * only costs a little ordering work, never exactness.
	 */
	*recheck = true;
	d = 1.0 - gist_bound(qc, s) - SN_BOUND_SLACK;
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
		SnSig	   *s = DatumGetSnSig(entryvec->vector[i].key);

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

	if (SIG_ISALLTRUE(a) || SIG_ISALLTRUE(b))
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

	*penalty = (float) sig_growth(DatumGetSnSig(origentry->key),
								  DatumGetSnSig(newentry->key), siglen);
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
	split_item *items;

	v->spl_left = palloc(sizeof(OffsetNumber) * (maxoff + 1));
	v->spl_right = palloc(sizeof(OffsetNumber) * (maxoff + 1));
	v->spl_nleft = v->spl_nright = 0;

	for (i = FirstOffsetNumber; i < maxoff; i = OffsetNumberNext(i))
	{
		SnSig	   *a = DatumGetSnSig(entryvec->vector[i].key);

		for (j = OffsetNumberNext(i); j <= maxoff; j = OffsetNumberNext(j))
		{
			int			d = sig_hamming(a, DatumGetSnSig(entryvec->vector[j].key), siglen);

			if (d > worst)
			{
				worst = d;
				seed_l = i;
				seed_r = j;
			}
		}
		CHECK_FOR_INTERRUPTS();
	}
	left = DatumGetSnSig(entryvec->vector[seed_l].key);
	right = DatumGetSnSig(entryvec->vector[seed_r].key);

	items = palloc(sizeof(split_item) * (maxoff + 1));
	for (i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		SnSig	   *s = DatumGetSnSig(entryvec->vector[i].key);

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
		SnSig	   *s = DatumGetSnSig(entryvec->vector[items[k].off].key);

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
