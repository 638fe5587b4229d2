/** Every host type the dispatcher answers for. To add a type or member, see README.md. */
import type { Registry } from "./hostObjects";
import { BodyType, DocumentType, FontType, ParagraphCollectionType, ParagraphType } from "./typesBlocks";
import { ContentControlCollectionType, ContentControlType } from "./typesControls";
import { RangeCollectionType, RangeType } from "./typesRange";
import {
  TableCellCollectionType,
  TableCellType,
  TableCollectionType,
  TableRowCollectionType,
  TableRowType,
  TableType,
} from "./typesTable";
import {
  CustomXmlPartCollectionType,
  CustomXmlPartScopedCollectionType,
  CustomXmlPartType,
  SettingCollectionType,
  SettingType,
} from "./typesXml";
import { SearchOptionsType } from "./search";
import { SectionCollectionType, SectionType } from "./typesSections";
import { addTrackingMembers } from "./typesTracking";

export const REGISTRY: Registry = {
  Document: DocumentType,
  Body: BodyType,
  Paragraph: ParagraphType,
  ParagraphCollection: ParagraphCollectionType,
  Font: FontType,
  ContentControl: ContentControlType,
  ContentControlCollection: ContentControlCollectionType,
  Range: RangeType,
  RangeCollection: RangeCollectionType,
  Table: TableType,
  TableCollection: TableCollectionType,
  TableRow: TableRowType,
  TableRowCollection: TableRowCollectionType,
  TableCell: TableCellType,
  TableCellCollection: TableCellCollectionType,
  CustomXmlPart: CustomXmlPartType,
  CustomXmlPartCollection: CustomXmlPartCollectionType,
  CustomXmlPartScopedCollection: CustomXmlPartScopedCollectionType,
  Setting: SettingType,
  SettingCollection: SettingCollectionType,
  SearchOptions: SearchOptionsType,
  Section: SectionType,
  SectionCollection: SectionCollectionType,
};

addTrackingMembers(REGISTRY);
