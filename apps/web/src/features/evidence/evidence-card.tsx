import type { EvidencePhotoResponse, EvidenceStage, HazardResponse } from '@safegrid/contracts';
import { Alert, Card, Col, Empty, Image, Row, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../shared/format/dates';
import { useT, type Translate } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { photosApi } from '../photos/photos-api';
import { useHazardEvidence } from './evidence-api';

const STAGES: readonly EvidenceStage[] = ['before', 'after', 'review'];
type Flag = EvidencePhotoResponse['flags'][number];
/** Flags that question a photo; the others only say what could not be checked. */
const WARNINGS: readonly Flag[] = ['taken_long_before', 'far_from_site', 'taken_after_upload'];

function flagText(t: Translate, photo: EvidencePhotoResponse, flag: Flag): string {
  return t(`enum.photoFlag.${flag}`, { hours: photo.ageHours ?? '', metres: photo.distanceMetres ?? '' });
}

/** One photo with when it was taken and uploaded, and what the reviewer should check. */
function EvidencePhoto({ photo, index }: { readonly photo: EvidencePhotoResponse; readonly index: number }) {
  const t = useT();
  const warnings = photo.flags.filter((flag) => WARNINGS.includes(flag));
  const notes = photo.flags.filter((flag) => !warnings.includes(flag));
  return (
    <figure className="evidence-photo" data-testid={`evidence-photo-${photo.stage}`}>
      <Image
        width="100%"
        src={photosApi.fileUrl(photo.photoId, 'thumbnail')}
        // The stamped copy (time, place, who, unit); the server answers the original for photos from before stamping.
        preview={{ src: photosApi.fileUrl(photo.photoId, 'watermarked') }}
        alt={t('photo.alt', { index: index + 1 })}
      />
      <figcaption>
        <Typography.Text type="secondary" className="evidence-photo-times">
          {t('evidence.photoTimes', { taken: photo.takenAt ? formatDateTime(photo.takenAt) : t('evidence.unknownTime'), uploaded: formatDateTime(photo.uploadedAt) })}
        </Typography.Text>
        <Space size={[4, 4]} wrap>
          {warnings.map((flag) => <Tag key={flag} color="warning" data-testid="evidence-flag">{flagText(t, photo, flag)}</Tag>)}
          {notes.map((flag) => <Tag key={flag}>{flagText(t, photo, flag)}</Tag>)}
        </Space>
      </figcaption>
    </figure>
  );
}

/**
 * 整改前 / 整改后 / 复查 side by side (stacked on a phone), with the latest review finding and what
 * 销号 still needs: the reviewer compares before and after and sees photos whose time or place is off.
 */
export function EvidenceCard({ hazard }: { readonly hazard: HazardResponse }) {
  const t = useT();
  const evidence = useHazardEvidence(hazard.id);
  const data = evidence.data;
  if (!data) return null;
  const flagged = data.photos.some((photo) => photo.flags.some((flag) => WARNINGS.includes(flag)));
  const awaitingReview = hazard.status === 'submitted' && data.reviewPhotosRequired && !data.hasReviewPhotos;
  return (
    <Card title={t('evidence.title')} className="section-card" data-testid="evidence-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        {data.latestFinding && hazard.status === 'submitted' && (
          <Alert
            type={data.latestFinding === 'rectified' ? 'success' : 'error'}
            showIcon
            data-testid="evidence-finding"
            title={`${t('evidence.latestFinding')}：${labelOf(t, 'reviewFinding', data.latestFinding)}`}
          />
        )}
        {awaitingReview && <Alert type="info" showIcon data-testid="evidence-missing" title={t('evidence.missing')} />}
        {flagged && <Alert type="warning" showIcon title={t('evidence.checkHint')} />}
        <Row gutter={[12, 12]}>
          {STAGES.map((stage) => {
            const photos = data.photos.filter((photo) => photo.stage === stage);
            return (
              <Col key={stage} xs={stage === 'review' ? 24 : 12} md={8} data-testid={`evidence-column-${stage}`}>
                <Typography.Title level={5}>{t(`evidence.${stage}`)}</Typography.Title>
                {photos.length === 0
                  ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.none')} />
                  : <Image.PreviewGroup>{photos.map((photo, index) => <EvidencePhoto key={photo.photoId} photo={photo} index={index} />)}</Image.PreviewGroup>}
              </Col>
            );
          })}
        </Row>
      </Space>
    </Card>
  );
}
