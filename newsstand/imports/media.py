"""WordPress attachments and uploads as library images.

Files come from the `--media` folder (a copy of WordPress's uploads folder,
`2023/05/market.jpg`) and, with `--fetch-media`, from the old site (see downloads).
A missing, unsafe or unreadable file is reported and never stops the import. A file
whose content is already in the library becomes that image, not a second copy.
"""

import re
from collections.abc import Callable
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from django.conf import settings
from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.utils.file import hash_filelike

from .body.convert import FoundImage
from .context import ImportContext
from .downloads import DownloadError, Downloads
from .export import AttachmentRecord, upload_path
from .models import WordPressKind
from .redirects import attachment_paths, file_paths
from .report import Outcome
from .sanitizer import plain_text

COLLECTION_NAME = "Imported from WordPress"
BATCH = 500
SIZE_SUFFIX = re.compile(r"-(?:\d+x\d+|scaled|rotated)(?=\.[A-Za-z0-9]+$)")


class MediaError(Exception):
    """A file that can't become a library image, with the reason."""


class MediaLibrary:
    """Creates images for attachments and finds them again for bodies and featured images."""

    def __init__(
        self, context: ImportContext, media_dir: Path | None, downloads: Downloads | None = None
    ) -> None:
        self.context = context
        self.media_dir = media_dir.resolve() if media_dir else None
        self.downloads = downloads
        self.index = context.index
        self.without_alt: set[int] = set()
        self.missing = 0  # images asked for that a --media folder could still provide
        self.reused = 0  # files whose content the library already had
        self._collection: Collection | None = None

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            root = Collection.get_first_root_node()
            existing = root.get_children().filter(name=COLLECTION_NAME).first()
            self._collection = existing or root.add_child(name=COLLECTION_NAME)
        return self._collection

    def import_attachment(self, attachment: AttachmentRecord) -> None:
        report, mapping = self.context.report, self.context.mapping
        title = plain_text(attachment.title, max_length=255)
        if mapping.get(WordPressKind.ATTACHMENT, attachment.wp_id):
            report.count("image", Outcome.UNCHANGED)
            return
        try:
            check_suffix(attachment.file)
            path = self.locate(attachment.file, attachment.url)
            with self.context.item():
                image = self.store(
                    path, title=title or Path(attachment.file).stem, alt=attachment.alt
                )
                mapping.record(WordPressKind.ATTACHMENT, attachment.wp_id, image)
        except MediaError as error:
            report.skip("image", attachment.wp_id, title, str(error))
            return
        report.count("image", Outcome.IMPORTED)

    def fetch_attachments(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Download, several at a time, the attachments' files that aren't here yet."""
        if self.downloads is None:
            return
        mapping = self.context.mapping
        wanted = {
            a.file: a.url
            for a in self.index.attachments.values()
            if a.file
            and a.url
            and is_library_image(a.file)
            and not mapping.get(WordPressKind.ATTACHMENT, a.wp_id)
            and not self._present_in_media_dir(a.file)
        }
        self.downloads.get_all(wanted, progress)

    def redirect_attachments(self, parents: dict[int, Page]) -> None:
        """Attachment pages go to the post they belonged to (or the file); file URLs to the file.

        `parents` maps post ids to their imported pages.
        """
        images = get_image_model().objects.in_bulk(
            filter(None, (self.mapped_image(wp_id) for wp_id in self.index.attachments))
        )
        blog_path = self.index.blog_path
        attachments = list(self.index.attachments.values())
        for start in range(0, len(attachments), BATCH):
            with self.context.item():
                for attachment in attachments[start : start + BATCH]:
                    image = images.get(self.mapped_image(attachment.wp_id))
                    parent = parents.get(attachment.parent)
                    pages = attachment_paths(
                        wp_id=attachment.wp_id, link=attachment.link, blog_path=blog_path
                    )
                    if parent is not None:
                        self.context.redirects.to_page(pages, parent)
                    elif image is not None:
                        self.context.redirects.to_url(pages, image.file.url)
                    if image is not None:
                        self.context.redirects.to_url(file_paths(attachment.url), image.file.url)

    def find(self, *, attachment_id: int | None, url: str, alt: str) -> FoundImage | None:
        """The image for an attachment id, or for an uploads URL (importing it if needed)."""
        attachment = self.index.attachments.get(attachment_id) if attachment_id else None
        if attachment is None and url:
            attachment = self.attachment_for_url(url)
        if attachment is not None:
            image_id = self.mapped_image(attachment.wp_id)
            caption = plain_text(attachment.caption)
        else:
            image_id, caption = self.upload_image(url), ""
        if image_id is None:
            if attachment is not None or upload_path(url):
                self.missing += 1
            return None
        if alt and image_id in self.without_alt:
            get_image_model().objects.filter(pk=image_id).update(description=alt[:255])
            self.without_alt.discard(image_id)
        return FoundImage(image_id, caption)

    def mapped_image(self, attachment_id: int) -> int | None:
        return self.context.mapping.object_id(
            WordPressKind.ATTACHMENT, attachment_id, get_image_model()
        )

    def attachment_for_url(self, url: str) -> AttachmentRecord | None:
        file = upload_path(url)
        for candidate in (file, SIZE_SUFFIX.sub("", file)):
            wp_id = self.index.attachment_by_file.get(candidate)
            if wp_id is None:
                stem, dot, suffix = candidate.rpartition(".")
                wp_id = self.index.attachment_by_file.get(f"{stem}-scaled{dot}{suffix}")
            if wp_id is not None:
                return self.index.attachments[wp_id]
        return None

    def upload_image(self, url: str) -> int | None:
        """An image for a file in uploads that has no attachment record."""
        file = upload_path(url)
        if not file:
            return None
        mapping = self.context.mapping
        image_id = mapping.object_id(WordPressKind.UPLOAD, file, get_image_model())
        if image_id is not None:
            return image_id
        try:
            check_suffix(file)
            path = self.locate(file, url)
            with self.context.item():
                image = self.store(path, title=Path(file).stem, alt="")
                mapping.record(WordPressKind.UPLOAD, file, image)
            self.context.batch.add(image)
        except MediaError:
            return None
        self.context.report.count("image", Outcome.IMPORTED)
        return image.pk

    def _present_in_media_dir(self, file: str) -> bool:
        try:
            return self._in_media_dir(file) is not None
        except MediaError:
            return False

    def locate(self, file: str, url: str) -> Path:
        """The file from the --media folder, else fetched from `url` (with --fetch-media)."""
        if not file:
            raise MediaError("no file name in the export")
        if (path := self._in_media_dir(file)) is not None:
            return path
        if self.downloads is not None:
            try:
                return self.downloads.get(file, url)
            except DownloadError as error:
                raise MediaError(str(error)) from None
        if self.media_dir is None:
            raise MediaError(f"file not found: {file} (no --media folder given)")
        raise MediaError(f"file not found: {file}")

    def _in_media_dir(self, file: str) -> Path | None:
        """The file in the --media folder, if it is there; refuses a path leading out."""
        if self.media_dir is None:
            return None
        path = (self.media_dir / file).resolve()
        if not path.is_relative_to(self.media_dir):
            raise MediaError(f"refused a file outside the media folder: {file}")
        return path if path.is_file() else None

    def store(self, path: Path, *, title: str, alt: str):
        """A library image for the file at `path` (whose name callers checked)."""
        if path.stat().st_size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
            raise MediaError(f"file too large: {path.name}")
        try:
            with Image.open(path) as picture:
                width, height = picture.size
        except (UnidentifiedImageError, OSError, ValueError) as error:
            raise MediaError(f"not a readable image: {path.name} ({error})") from None
        if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            raise MediaError(f"image has too many pixels: {path.name}")
        with path.open("rb") as source:
            digest = hash_filelike(source)
        same = get_image_model().objects.filter(file_hash=digest).first()
        if same is not None:
            self.reused += 1
            return same
        alt = plain_text(alt, max_length=255)
        image = get_image_model()(
            title=title[:255] or path.stem,
            description=alt,
            collection=self.collection,
            width=width,
            height=height,
            file_size=path.stat().st_size,
            file_hash=digest,
        )
        if self.context.dry_run:
            image.file.name = image.get_upload_to(path.name)
            image.save()
        else:
            with path.open("rb") as source:
                image.file = ImageFile(source, name=path.name)
                image.save()
        if not alt:
            self.without_alt.add(image.pk)
        return image


def is_library_image(file: str) -> bool:
    return Path(file).suffix.lower().lstrip(".") in settings.WAGTAILIMAGES_EXTENSIONS


def check_suffix(file: str) -> None:
    if file and not is_library_image(file):
        raise MediaError(f"not an image the library takes: {Path(file).name}")
