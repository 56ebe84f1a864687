"""Reason codes of removed spans: stable strings shown to users and stored with each span."""

TITLE = "title"                      # the headline line, moved to metadata
METADATA = "metadata"                # a date, dateline-only, byline or source line, moved to metadata
SITE_NAME = "site_name"              # outlet name or tagline
RELATED = "related_links"            # "See also ...", "Related Posts", "Read more"
COUNTERS = "counters"                # "2325 views 0 comment(s)"
CAPTION = "photo_caption"            # "Lavrov, Photo: Reuters", repeated captions
MT_DISCLAIMER = "mt_disclaimer"      # machine-translation disclaimers
PROMO = "promo"                      # "Bonus video:", newsletter prompts
BREADCRUMB = "breadcrumb"            # "Home / World / ..."
COMMENTS = "comment_form"            # "Leave a Reply", "Your email address will not be published"
COOKIES = "cookie_banner"
SHARE = "share_prompt"               # "Share on Facebook", "Follow us"
OUTLET_RECURRING = "outlet_recurring"  # a line recurring across an outlet's articles
DUPLICATE_LINE = "duplicate_line"    # the same line repeated inside one article (captions)
EMPTY = "empty"

ALL = [
    TITLE, METADATA, SITE_NAME, RELATED, COUNTERS, CAPTION, MT_DISCLAIMER, PROMO, BREADCRUMB,
    COMMENTS, COOKIES, SHARE, OUTLET_RECURRING, DUPLICATE_LINE, EMPTY,
]
